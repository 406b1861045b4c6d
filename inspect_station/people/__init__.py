"""Who may use the station: badges and PINs, signing in, roles and managing users. It may import
``audit`` and what lies below it, never a rules, photos, bench or desk package."""
