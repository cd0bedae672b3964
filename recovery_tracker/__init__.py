"""Recovery Tracker: a private diary of pain and soreness after medical injections."""

__version__ = "0.1.0"

APP_NAME = "Recovery Tracker"
ORGANIZATION_NAME = "Recovery Tracker"
ORGANIZATION_DOMAIN = "recoverytracker.invalid"
