"""Pure matplotlib Figure builders. Used by the on-screen canvas and every export alike."""
