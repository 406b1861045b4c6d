"""What decides a unit's fate: the grading scale, the defect checklists, conditions, routing rules
and their numbered versions, rule files, outcome tables, the SKU catalogue and the dry run over
history. It may import ``people``, ``audit``, ``identify``, ``labels``, ``app`` and ``db``, never
``photos``, ``bench`` or a package above it."""
