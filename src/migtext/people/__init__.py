"""People: name spans, their roles and affiliations, and who is who in a document.

- `roles`: the role lexicon (titles, portfolios, honorifics, given names).
- `tokens`, `names`, `affiliations`, `resolution`: the people of one text, in three
  steps (names, their roles, who is who), pure Python: `resolution.analyse(text, ...)`.
- `component.PersonRecognizer`: the `migtext_people` component (`doc._.people`).
"""

from migtext.core.lazy import lazy_attributes
from migtext.people.names import Mention
from migtext.people.resolution import Person, analyse
from migtext.people.roles import Role, RoleReading, normalise_role, read_role

__getattr__ = lazy_attributes(__name__, {"PersonRecognizer": "migtext.people.component"})

__all__ = ["Mention", "Person", "PersonRecognizer", "Role", "RoleReading", "analyse", "normalise_role", "read_role"]
