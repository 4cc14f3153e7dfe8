#include "transcript/CodeLanguage.h"

#include <QList>

namespace {

QSet<QString> words(const char *spaceSeparated)
{
    QSet<QString> set;
    const QStringList list = QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : list)
        set.insert(word);
    return set;
}

QStringList names(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(u' ', Qt::SkipEmptyParts);
}

CodeLanguage cLike(const char *name, const char *aliases, const char *keywords, const char *types, const char *literals,
                   const char *lineComment, bool blockComments, const char *quotes)
{
    CodeLanguage language;
    language.name = QString::fromLatin1(name);
    language.aliases = names(aliases);
    language.keywords = words(keywords);
    language.types = words(types);
    language.literals = words(literals);
    language.lineComment = QString::fromLatin1(lineComment);
    if (blockComments) {
        language.blockCommentStart = QStringLiteral("/*");
        language.blockCommentEnd = QStringLiteral("*/");
    }
    language.quotes = QString::fromLatin1(quotes);
    return language;
}

const char *const kCppKeywords =
    "alignas alignof asm auto break case catch class co_await co_return co_yield concept const consteval constexpr "
    "constinit const_cast continue decltype default delete do dynamic_cast else enum explicit export extern final for "
    "friend goto if inline mutable namespace new noexcept operator override private protected public register "
    "reinterpret_cast requires return sizeof static static_assert static_cast struct switch template this thread_local "
    "throw try typedef typeid typename union using virtual volatile while";
const char *const kCppTypes = "bool char char8_t char16_t char32_t double float int long short signed unsigned void "
                              "wchar_t size_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t std string "
                              "vector map QString QObject";

QList<CodeLanguage> makeLanguages()
{
    QList<CodeLanguage> all;
    CodeLanguage python = cLike("Python", "python py python3 py3 ipython",
                                "and as assert async await break class continue def del elif else except finally for "
                                "from global if import in is lambda match case nonlocal not or pass raise return try "
                                "while with yield",
                                "int float str bool list dict set tuple bytes object type self cls",
                                "True False None", "#", false, "\"'");
    python.tripleQuotes = true;
    all << python;
    CodeLanguage cpp = cLike("C++", "cpp c++ cxx cc hpp h++ hxx", kCppKeywords, kCppTypes, "true false nullptr NULL",
                             "//", true, "\"'");
    cpp.preprocessor = true;
    all << cpp;
    CodeLanguage c = cLike("C", "c h",
                           "auto break case const continue default do else enum extern for goto if inline register "
                           "restrict return sizeof static struct switch typedef union volatile while",
                           "char double float int long short signed unsigned void size_t bool", "NULL true false", "//", true,
                           "\"'");
    c.preprocessor = true;
    all << c;
    all << cLike("JavaScript", "javascript js jsx mjs cjs node",
                 "async await break case catch class const continue debugger default delete do else export extends "
                 "finally for from function if import in instanceof let new of return static super switch this throw try "
                 "typeof var void while with yield",
                 "Array Object String Number Boolean Promise Map Set console", "true false null undefined NaN", "//", true,
                 "\"'`");
    all << cLike("TypeScript", "typescript ts tsx",
                 "abstract as async await break case catch class const continue declare default delete do else enum "
                 "export extends finally for from function if implements import in instanceof interface let namespace new "
                 "of private protected public readonly return static super switch this throw try type typeof var void "
                 "while yield",
                 "any boolean never number object string symbol unknown void Array Promise Record", "true false null undefined",
                 "//", true, "\"'`");
    CodeLanguage json;
    json.name = QStringLiteral("JSON");
    json.aliases = names("json jsonc json5 geojson");
    json.family = CodeLanguage::Family::Json;
    json.literals = words("true false null");
    json.quotes = QStringLiteral("\"");
    json.lineComment = QStringLiteral("//");
    all << json;
    CodeLanguage shell = cLike("Shell", "bash sh shell zsh console shellsession ksh",
                               "if then else elif fi for while until do done case esac in function return exit export local "
                               "readonly select time",
                               "echo cd ls grep sed awk cat sudo apt git make cmake curl", "true false", "#", false, "\"'");
    shell.variables = true;
    all << shell;
    all << cLike("Rust", "rust rs",
                 "as async await break const continue crate dyn else enum extern fn for if impl in let loop match mod move "
                 "mut pub ref return self Self static struct super trait type unsafe use where while",
                 "i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize f32 f64 bool char str String Vec Option Result Box",
                 "true false None Some Ok Err", "//", true, "\"");
    all << cLike("Go", "go golang",
                 "break case chan const continue default defer else fallthrough for func go goto if import interface map "
                 "package range return select struct switch type var",
                 "bool byte complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string uint uint8 "
                 "uint16 uint32 uint64 uintptr",
                 "true false nil iota", "//", true, "\"'`");
    all << cLike("Java", "java",
                 "abstract assert break case catch class const continue default do else enum extends final finally for "
                 "goto if implements import instanceof interface native new package private protected public return static "
                 "strictfp super switch synchronized this throw throws transient try volatile while var record",
                 "boolean byte char double float int long short void String Object List Map", "true false null", "//", true,
                 "\"'");
    all << cLike("Kotlin", "kotlin kt kts",
                 "as break class continue do else fun for if in interface is object package return super this throw try "
                 "typealias val var when while data sealed override open private public internal",
                 "Int Long Double Float Boolean String Unit Any List Map", "true false null", "//", true, "\"'");
    all << cLike("C#", "csharp cs c#",
                 "abstract as async await base break case catch checked class const continue default delegate do else "
                 "enum event explicit extern finally fixed for foreach goto if implicit in interface internal is lock "
                 "namespace new operator out override params private protected public readonly ref return sealed sizeof "
                 "stackalloc static struct switch this throw try typeof unchecked unsafe using var virtual volatile while",
                 "bool byte char decimal double float int long object sbyte short string uint ulong ushort void",
                 "true false null", "//", true, "\"'");
    all << cLike("Swift", "swift",
                 "associatedtype break case catch class continue default defer do else enum extension fallthrough for func "
                 "guard if import in init inout let protocol repeat return self struct switch throw throws try var where "
                 "while",
                 "Int Double Float Bool String Character Array Dictionary Optional", "true false nil", "//", true, "\"");
    all << cLike("Ruby", "ruby rb",
                 "alias and begin break case class def defined do else elsif end ensure for if in module next not or redo "
                 "rescue retry return self super then undef unless until when while yield",
                 "", "true false nil", "#", false, "\"'");
    CodeLanguage php = cLike("PHP", "php",
                             "abstract and array as break case catch class clone const continue declare default do echo "
                             "else elseif empty enddeclare endfor endforeach endif endswitch endwhile extends final for "
                             "foreach function global if implements include instanceof interface isset list namespace new "
                             "or print private protected public require return static switch throw trait try unset use var "
                             "while",
                             "int float string bool array object", "true false null", "//", true, "\"'");
    php.variables = true;
    all << php;
    CodeLanguage sql = cLike("SQL", "sql sqlite postgresql psql mysql plsql",
                             "select from where and or not insert into values update set delete create table index view drop "
                             "alter add join left right inner outer on group by order having limit offset as distinct union "
                             "all case when then else end begin commit rollback primary key foreign references default "
                             "returning with exists in like between is",
                             "integer int text varchar char real boolean date timestamp blob numeric", "null true false", "--",
                             true, "'\"");
    sql.caseInsensitive = true;
    all << sql;
    all << cLike("YAML", "yaml yml", "", "", "true false null yes no on off", "#", false, "\"'");
    all << cLike("TOML", "toml ini cfg conf", "", "", "true false", "#", false, "\"'");
    all << cLike("CSS", "css scss less", "important media import keyframes font-face", "", "", "//", true, "\"'");
    CodeLanguage markup;
    markup.name = QStringLiteral("HTML");
    markup.aliases = names("html htm xhtml vue svelte");
    markup.family = CodeLanguage::Family::Markup;
    markup.quotes = QStringLiteral("\"'");
    all << markup;
    CodeLanguage xml = markup;
    xml.name = QStringLiteral("XML");
    xml.aliases = names("xml svg plist xaml");
    all << xml;
    CodeLanguage cmake = cLike("CMake", "cmake",
                               "if elseif else endif foreach endforeach while endwhile function endfunction macro endmacro "
                               "return set unset option",
                               "", "ON OFF TRUE FALSE", "#", false, "\"");
    cmake.variables = true;
    all << cmake;
    all << cLike("Dockerfile", "dockerfile docker",
                 "FROM RUN CMD LABEL EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG ONBUILD STOPSIGNAL HEALTHCHECK "
                 "SHELL AS",
                 "", "", "#", false, "\"'");
    return all;
}

} // namespace

const CodeLanguage *CodeLanguage::find(const QString &info)
{
    static const QList<CodeLanguage> languages = makeLanguages();
    const QString wanted = info.trimmed().toLower();
    if (wanted.isEmpty())
        return nullptr;
    for (const CodeLanguage &language : languages) {
        if (language.aliases.contains(wanted))
            return &language;
    }
    return nullptr;
}
