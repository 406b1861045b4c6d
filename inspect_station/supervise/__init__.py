"""A supervisor's corrections of finished units: overrides, decisions again under new rules, the
approval queue for refund recommendations, and the unit detail they are made from. It may import
``bench`` and everything below it, never ``printing`` or ``desk``."""
