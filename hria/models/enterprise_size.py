"""Organisation size: its names, and the Thai SME definition that sets it for a business.

The SME track of the business set is applicability by size, so the size must
mean the same thing for every certifier. For a business it follows the
Ministerial Regulation on the characteristics of SMEs B.E. 2562 (2019), as
published by the Office of SME Promotion (OSMEP):

=================  ======================  ==========================
size               manufacturing           trade and services
=================  ======================  ==========================
micro              ≤ 5 staff, ≤ 1.8 M฿     ≤ 5 staff, ≤ 1.8 M฿
small              ≤ 50 staff, ≤ 100 M฿    ≤ 30 staff, ≤ 50 M฿
medium             ≤ 200 staff, ≤ 500 M฿   ≤ 100 staff, ≤ 300 M฿
large              above medium            above medium
=================  ======================  ==========================

When employment and revenue fall in different sizes, the larger one counts.
"""

from __future__ import annotations

from typing import Literal

from hria.models.text import Text

Size = Literal["micro", "small", "medium", "large"]
Sector = Literal["manufacturing", "trade_services"]

SIZES: tuple[Size, ...] = ("micro", "small", "medium", "large")

SIZE_NAMES: dict[str, Text] = {
    "micro": Text(th="รายย่อย", en="micro"),
    "small": Text(th="ขนาดย่อม", en="small"),
    "medium": Text(th="ขนาดกลาง", en="medium"),
    "large": Text(th="ขนาดใหญ่", en="large"),
}

SECTOR_NAMES: dict[str, Text] = {
    "manufacturing": Text(th="ภาคการผลิต", en="manufacturing"),
    "trade_services": Text(th="ภาคการค้าและบริการ", en="trade and services"),
}

# Upper bounds (employees, annual revenue in baht) of micro, small and medium, per sector.
_BOUNDS: dict[str, tuple[tuple[int, int], ...]] = {
    "manufacturing": ((5, 1_800_000), (50, 100_000_000), (200, 500_000_000)),
    "trade_services": ((5, 1_800_000), (30, 50_000_000), (100, 300_000_000)),
}


def _size_by(value: int, bounds: tuple[int, ...]) -> int:
    return next((i for i, bound in enumerate(bounds) if value <= bound), len(bounds))


def enterprise_size(sector: Sector, employees: int, annual_revenue_baht: int) -> Size:
    """The size of a Thai business by the 2019 SME definition; the larger of the two measures wins.

    >>> enterprise_size("manufacturing", 40, 80_000_000)
    'small'
    >>> enterprise_size("trade_services", 40, 20_000_000)
    'medium'
    >>> enterprise_size("manufacturing", 3, 600_000_000)
    'large'
    """
    bounds = _BOUNDS[sector]
    by_staff = _size_by(employees, tuple(b[0] for b in bounds))
    by_revenue = _size_by(annual_revenue_baht, tuple(b[1] for b in bounds))
    return SIZES[max(by_staff, by_revenue)]
