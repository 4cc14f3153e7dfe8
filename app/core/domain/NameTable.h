#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

// The one way Tally names an enum's values where the name is stored or typed: in the database,
// an export, the stats JSON or a command-line option. One table gives both directions, so a
// name cannot be written one way and read back another, and a value added to the enum without
// a row trips the static_assert that sits next to each table:
//
//     constexpr NameTable<Stop>::Row kStopNames[] = {{Stop::Running, "running"}, ...};
//     static_assert(std::size(kStopNames) == int(Stop::CostCap) + 1);
//
// A value may have more than one row: the first is its name, the later ones are spellings that
// are also accepted when read (BenchSlo's "latency" for "e2e"). Labels the user reads are not
// names: they go through tr() in a switch of their own.
template <typename Enum>
struct NameTable
{
    struct Row
    {
        Enum value;
        const char *name;
    };

    // The first row's name for value; fallback when the table has no row for it (a value cast from
    // an int that no enumerator has).
    static QString nameOf(std::span<const Row> rows, Enum value, const char *fallback = "")
    {
        for (const Row &row : rows) {
            if (row.value == value)
                return QString::fromLatin1(row.name);
        }
        return QString::fromLatin1(fallback);
    }

    // The value whose name is name, compared exactly; nullopt for a name no row has.
    static std::optional<Enum> valueOf(std::span<const Row> rows, QStringView name)
    {
        for (const Row &row : rows) {
            if (name == QLatin1String(row.name))
                return row.value;
        }
        return std::nullopt;
    }
};
