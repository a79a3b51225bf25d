"""The domain: plain values and rules. No Qt, no SQL, no files; time comes from a clock passed in."""
