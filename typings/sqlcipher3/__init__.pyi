# sqlcipher3 ships no type information. It is a copy of the standard library's sqlite3
# module built against SQLCipher, with the same classes and functions, so its types are
# sqlite3's. Only store/ uses it (tests/unit/test_layering.py).
from sqlite3 import Connection as Connection
from sqlite3 import Cursor as Cursor
from sqlite3 import DatabaseError as DatabaseError
from sqlite3 import Error as Error
from sqlite3 import IntegrityError as IntegrityError
from sqlite3 import OperationalError as OperationalError
from sqlite3 import Row as Row
from sqlite3 import connect as connect
