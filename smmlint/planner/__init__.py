"""Planning: the posting schedule and the iCalendar feed built from it."""
