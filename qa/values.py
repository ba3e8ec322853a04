"""Frozen value classes that behave as frozen dataclasses, without importing `dataclasses` on every start.

Why: `import dataclasses` pulls in `inspect`, `ast`, `dis` and `tokenize` (about 6 ms), and each `@dataclass`
compiles its methods with `exec` (about 0.4 ms a class): together a sixth of a one-shot `qa -q`. A
`FrozenValue` subclass writes its `__init__` by hand and inherits equality, hashing, `repr`, immutability,
copying and pickling from here. For programs that treat qa's values as dataclasses (`dataclasses.replace`,
`fields`, `asdict`, `is_dataclass`), `__dataclass_fields__` is made on first use, from the class's
annotations, its `__init__` defaults and the fields it leaves out of comparison, hashing or `repr`.
"""

from __future__ import annotations

from typing import Any, ClassVar


class _DataclassFields:
    """The class's `__dataclass_fields__`, made (and kept on the class) the first time anyone asks."""

    def __get__(self, instance: object, owner: type[FrozenValue]) -> dict[str, Any]:
        import dataclasses
        import inspect

        defaults = inspect.signature(owner.__init__).parameters
        annotations = inspect.get_annotations(owner)
        specs = []
        for name in owner._fields:
            default = defaults[name].default
            spec = dataclasses.field(
                compare=name in owner._compared,
                hash=name in owner._hashed,
                repr=name in owner._shown,
                **({} if default is inspect.Parameter.empty else {"default": default}),
            )
            specs.append((name, annotations.get(name, Any), spec))
        twin = dataclasses.make_dataclass(owner.__name__, specs, frozen=True)
        fields = twin.__dataclass_fields__
        owner.__dataclass_fields__ = fields  # type: ignore[misc]  # from now on a plain class attribute
        return fields


class FrozenValue:
    """Base of qa's immutable values. A subclass declares its fields, in order, as annotations (and also in
    `__slots__`, unless it keeps class-level defaults as a dataclass does), ends `__init__` with
    `self._assign(locals())`, and may name fields left out of `==` (`uncompared`), of `hash` (`unhashed`; the
    uncompared are left out too) and of `repr` (`unshown`)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _compared: ClassVar[tuple[str, ...]] = ()
    _hashed: ClassVar[tuple[str, ...]] = ()
    _shown: ClassVar[tuple[str, ...]] = ()
    __dataclass_fields__: ClassVar[Any] = _DataclassFields()

    def __init_subclass__(
        cls, *, uncompared: tuple[str, ...] = (), unhashed: tuple[str, ...] = (), unshown: tuple[str, ...] = ()
    ) -> None:
        super().__init_subclass__()
        cls._fields = tuple(cls.__annotations__) or cls._fields  # own annotations only (Python 3.10+)
        cls._compared = tuple(name for name in cls._fields if name not in uncompared)
        cls._hashed = tuple(name for name in cls._compared if name not in unhashed)
        cls._shown = tuple(name for name in cls._fields if name not in unshown)
        cls.__match_args__ = cls._fields

    def _assign(self, values: dict[str, Any]) -> None:
        """Set every field from `__init__`'s `locals()`: the one way a frozen value is filled in."""
        set_field = object.__setattr__
        for name in self._fields:
            set_field(self, name, values[name])

    def __setattr__(self, name: str, value: object) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        from dataclasses import FrozenInstanceError

        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        compared = self._compared
        return tuple(getattr(self, name) for name in compared) == tuple(getattr(other, name) for name in compared)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, name) for name in self._hashed))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._shown)
        return f"{self.__class__.__qualname__}({shown})"

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        """Copy and pickle through `__init__` (the fields, in order), as `__setattr__` refuses."""
        return self.__class__, tuple(getattr(self, name) for name in self._fields)

    def _replace(self, **changes: Any) -> Any:
        """A copy with some fields changed (`dataclasses.replace`, without importing it)."""
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return self.__class__(**values)


class ReadOnlyDict(dict):
    """A dict that refuses changes (`Tuning.doubt_weights`): read-only as a `MappingProxyType` is, yet, being a
    dict, copied, pickled and turned into a dict by `dataclasses.asdict` as any field value is (a mapping proxy
    can be neither deep-copied nor pickled)."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError(f"{self.__class__.__name__} is read-only")

    __setitem__ = __delitem__ = __ior__ = clear = pop = popitem = setdefault = update = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[type, tuple[dict]]:
        return self.__class__, (dict(self),)

    def __copy__(self) -> ReadOnlyDict:
        return self

    def __deepcopy__(self, memo: dict) -> ReadOnlyDict:
        return self
