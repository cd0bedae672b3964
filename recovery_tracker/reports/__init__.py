"""What leaves the app as files: chart images and the appointment report."""
