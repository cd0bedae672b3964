"""The pick lists offered in the forms. Free text is always allowed besides these."""

from recovery_tracker.domain.text import QT_TRANSLATE_NOOP

INJECTION_SITES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Choices", "Lumbar facet joint"),
    QT_TRANSLATE_NOOP("Choices", "Lumbar disc"),
    QT_TRANSLATE_NOOP("Choices", "Sacroiliac joint"),
    QT_TRANSLATE_NOOP("Choices", "Knee"),
    QT_TRANSLATE_NOOP("Choices", "Shoulder"),
    QT_TRANSLATE_NOOP("Choices", "Other"),
)

SIDES: tuple[str, ...] = (
    "",
    QT_TRANSLATE_NOOP("Choices", "Left"),
    QT_TRANSLATE_NOOP("Choices", "Right"),
    QT_TRANSLATE_NOOP("Choices", "Both sides"),
    QT_TRANSLATE_NOOP("Choices", "Midline"),
)

INJECTION_KINDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Choices", "PRP"),
    QT_TRANSLATE_NOOP("Choices", "Corticosteroid"),
    QT_TRANSLATE_NOOP("Choices", "Hyaluronic acid"),
    QT_TRANSLATE_NOOP("Choices", "Other"),
)

GUIDANCE: tuple[str, ...] = (
    "",
    QT_TRANSLATE_NOOP("Choices", "Ultrasound"),
    QT_TRANSLATE_NOOP("Choices", "X-ray / fluoroscopy"),
    QT_TRANSLATE_NOOP("Choices", "None"),
)

DEFAULT_KIND = "PRP"
