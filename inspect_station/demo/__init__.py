"""Demo mode: sample expected returns seeded into a station and a synthetic camera clip. It may
import any service package below ``app.startup`` to seed, and nothing imports it but the commands
and the tests."""
