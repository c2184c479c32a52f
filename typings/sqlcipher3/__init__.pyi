# sqlcipher3 ships no type information. It is a copy of the standard library's sqlite3
# module built against SQLCipher, with the same classes and functions, so its types are
# sqlite3's. Only store/ uses it (tests/unit/test_layering.py).
import sqlite3
from sqlite3 import Cursor as Cursor
from sqlite3 import DatabaseError as DatabaseError
from sqlite3 import Error as Error
from sqlite3 import IntegrityError as IntegrityError
from sqlite3 import OperationalError as OperationalError
from sqlite3 import Row as Row

class Connection(sqlite3.Connection):
    # SQLCipher's own: the key as bytes, never as SQL text (store/connection.py).
    def set_key(self, key: bytes | bytearray | memoryview, /) -> None: ...

def connect(
    database: str,
    timeout: float = ...,
    detect_types: int = ...,
    isolation_level: str | None = ...,
    check_same_thread: bool = ...,
    cached_statements: int = ...,
    uri: bool = ...,
) -> Connection: ...
