"""The pick lists offered in the forms. Free text is always allowed besides these."""

INJECTION_SITES: tuple[str, ...] = (
    "Lumbar facet joint",
    "Lumbar disc",
    "Sacroiliac joint",
    "Knee",
    "Shoulder",
    "Other",
)

SIDES: tuple[str, ...] = ("", "Left", "Right", "Both sides", "Midline")

INJECTION_KINDS: tuple[str, ...] = ("PRP", "Corticosteroid", "Hyaluronic acid", "Other")

GUIDANCE: tuple[str, ...] = ("", "Ultrasound", "X-ray / fluoroscopy", "None")

DEFAULT_KIND = "PRP"
