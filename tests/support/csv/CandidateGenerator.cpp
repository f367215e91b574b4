#include "CandidateGenerator.h"

#include <QFile>

#include <array>

namespace sd::testdata {

namespace {

// SplitMix64: tiny, fast and the same everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    template<typename List>
    QString pick(const List &list) { return QString::fromUtf8(list[next() % list.size()]); }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

constexpr std::array kFirst = {
    "James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda", "William", "Elizabeth",
    "David", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
    "Daniel", "Lisa", "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Paul", "Ashley",
    "Steven", "Kimberly", "Andrew", "Emily", "Joshua", "Donna", "Kevin", "Michelle", "Brian", "Carol",
    "Lukas", "Anna", "Jonas", "Lena", "Leon", "Mia", "Finn", "Emma", "Elias", "Hannah",
    "Noah", "Sofia", "Luca", "Clara", "Mateo", "Lucía", "Hugo", "Chloé", "Louis", "Inès",
    "Léa", "Gabriel", "Zoë", "Björn", "Søren", "Åsa", "Mikael", "Ingrid", "Oskar", "Astrid",
    "Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Pablo", "Carmen", "Javier", "Elena", "Diego",
    "Aisha", "Omar", "Fatima", "Yusuf", "Priya", "Arjun", "Ananya", "Rohan", "Mei", "Wei",
    "Hiroshi", "Yuki", "Sakura", "Kenji", "Min-jun", "Seo-yeon", "Olga", "Dmitri", "Kasia", "Tomasz",
    "Nia", "Kwame", "Amara", "Tariq", "Leila", "Mateus", "Beatriz", "Rafael", "Camila", "Thiago",
    "Siobhán", "Ciarán", "Niamh", "Eoin", "Aoife", "Rhys", "Cerys", "Ewan", "Isla", "Callum"};

constexpr std::array kLast = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsen", "Hansen", "Jensen", "Nielsen", "Virtanen",
    "Kowalski", "Nowak", "Wiśniewski", "Novák", "Horváth", "Popescu", "Ivanov", "Petrov", "Kuznetsov", "Smirnov",
    "Patel", "Sharma", "Singh", "Kumar", "Gupta", "Khan", "Ahmed", "Ali", "Hussain", "Rahman",
    "Wang", "Li", "Zhang", "Liu", "Chen", "Tanaka", "Suzuki", "Sato", "Kim", "Park",
    "Okafor", "Mensah", "Adeyemi", "Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Almeida",
    "O'Brien", "Murphy", "Kelly", "Walsh", "McCarthy", "MacDonald", "Campbell", "Stewart", "Van der Berg", "De Vries"};

constexpr std::array kCompanyA = {
    "Blue", "North", "Bright", "Silver", "Quantum", "Iron", "Green", "Swift", "Clear", "Red", "Open", "Deep",
    "Nova", "Polar", "Urban", "Solid", "Prime", "Lunar", "Crystal", "Vivid", "Atlas", "Summit", "Harbor",
    "Cedar", "Falcon", "Orbit", "Pixel", "Maple", "Granite", "Copper", "Echo", "Zenith", "Terra", "Alpine",
    "Coral", "Ember", "Aurora", "Vertex", "Nimbus", "Sterling"};
constexpr std::array kCompanyB = {
    "Wave", "Stone", "Path", "Field", "Logic", "Bridge", "Works", "Forge", "Point", "Labs", "Leaf", "Gate",
    "Stack", "Cloud", "Line", "Peak", "Shift", "Spark", "Grid", "Scale", "River", "Craft", "Signal", "Mind",
    "Base", "Code", "Flow", "Light", "Sense", "Core", "Port", "Vision", "Metrics", "Dynamics", "Health",
    "Energy", "Capital", "Mobility", "Robotics", "Analytics"};
constexpr std::array kCompanySuffix = {"GmbH", "Inc.", "Ltd", "AG", "SAS", "B.V."};
constexpr std::array kTitles = {
    "Software Engineer", "Senior Software Engineer", "Staff Engineer", "Engineering Manager", "Backend Developer",
    "Frontend Developer", "Full Stack Developer", "DevOps Engineer", "Site Reliability Engineer", "Data Scientist",
    "Data Engineer", "Machine Learning Engineer", "Product Manager", "Senior Product Manager", "Product Designer",
    "UX Researcher", "QA Engineer", "Security Engineer", "Cloud Architect", "Solutions Architect", "CTO",
    "VP Engineering", "Head of Data", "Mobile Developer", "Embedded Software Engineer", "Technical Lead",
    "Account Executive", "Sales Manager", "Customer Success Manager", "Marketing Manager", "Talent Acquisition Partner",
    "Financial Analyst", "Controller", "HR Business Partner", "Operations Manager", "Project Manager",
    "Scrum Master", "Business Analyst", "Legal Counsel", "Office Manager"};
struct Place { const char *city, *region, *country; };
constexpr std::array<Place, 32> kPlaces = {{
    {"Berlin", "Berlin", "Germany"}, {"Munich", "Bavaria", "Germany"}, {"Hamburg", "Hamburg", "Germany"},
    {"Paris", "Île-de-France", "France"}, {"Lyon", "Auvergne-Rhône-Alpes", "France"},
    {"London", "England", "United Kingdom"}, {"Manchester", "England", "United Kingdom"},
    {"Edinburgh", "Scotland", "United Kingdom"}, {"Dublin", "Leinster", "Ireland"},
    {"Amsterdam", "North Holland", "Netherlands"}, {"Rotterdam", "South Holland", "Netherlands"},
    {"Zürich", "Zürich", "Switzerland"}, {"Vienna", "Vienna", "Austria"}, {"Stockholm", "Stockholm", "Sweden"},
    {"Copenhagen", "Capital Region", "Denmark"}, {"Oslo", "Oslo", "Norway"}, {"Helsinki", "Uusimaa", "Finland"},
    {"Madrid", "Community of Madrid", "Spain"}, {"Barcelona", "Catalonia", "Spain"}, {"Lisbon", "Lisbon", "Portugal"},
    {"Milan", "Lombardy", "Italy"}, {"Warsaw", "Masovia", "Poland"}, {"Prague", "Prague", "Czechia"},
    {"New York", "New York", "United States"}, {"San Francisco", "California", "United States"},
    {"Austin", "Texas", "United States"}, {"Seattle", "Washington", "United States"},
    {"Toronto", "Ontario", "Canada"}, {"Bangalore", "Karnataka", "India"}, {"Singapore", "Singapore", "Singapore"},
    {"Sydney", "New South Wales", "Australia"}, {"São Paulo", "São Paulo", "Brazil"}}};
constexpr std::array kCountryCodes = {
    "DE", "DE", "DE", "FR", "FR", "GB", "GB", "GB", "IE", "NL", "NL", "CH", "AT", "SE", "DK", "NO",
    "FI", "ES", "ES", "PT", "IT", "PL", "CZ", "US", "US", "US", "US", "CA", "IN", "SG", "AU", "BR"};
constexpr std::array kTags = {
    "java", "python", "c++", "rust", "go", "kubernetes", "aws", "react", "typescript", "ml", "data",
    "leadership", "remote", "relocation", "senior", "junior", "contractor", "open-source", "fintech",
    "healthtech", "saas", "b2b", "security", "mobile", "ios", "android", "qt", "embedded", "sre", "devops"};
constexpr std::array kMailDomains = {"gmail.com", "outlook.com", "proton.me", "yahoo.com", "gmx.de", "web.de"};

QString slug(const QString &s)
{
    QString out;
    for (const QChar ch : s.normalized(QString::NormalizationForm_KD)) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            out += ch.toLower();
    }
    return out;
}

} // namespace

CandidateGenerator::CandidateGenerator(quint64 seed) : m_seed(seed) {}

Candidate CandidateGenerator::make(qint64 index) const
{
    Rng rng(m_seed * 0x100000001B3ULL + quint64(index));
    Candidate c;
    c.firstName = rng.pick(kFirst);
    c.lastName = rng.pick(kLast);
    c.company = rng.pick(kCompanyA) + rng.pick(kCompanyB) + u' ' + rng.pick(kCompanySuffix);
    c.title = rng.pick(kTitles);
    const int place = rng.below(int(kPlaces.size()));
    c.city = QString::fromUtf8(kPlaces[place].city);
    c.region = QString::fromUtf8(kPlaces[place].region);
    c.countryCode = QString::fromLatin1(kCountryCodes[place]);
    const QString handle = slug(c.firstName) + u'.' + slug(c.lastName) + u'.' + QString::number(index, 36);
    c.emails << handle + u'@' + (rng.below(3) == 0 ? slug(c.company) + QStringLiteral(".com") : rng.pick(kMailDomains));
    if (rng.below(4) == 0)
        c.emails << handle + QStringLiteral("@") + rng.pick(kMailDomains);
    if (rng.below(2) == 0)
        c.phones << QStringLiteral("+49 30 %1").arg(10000000 + rng.below(89999999));
    c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/%1-%2-%3")
                        .arg(slug(c.firstName), slug(c.lastName), QString::number(index, 16));
    const int tagCount = rng.below(4);
    for (int t = 0; t < tagCount; ++t) {
        const QString tag = rng.pick(kTags);
        if (!c.tags.contains(tag))
            c.tags << tag;
    }
    c.source = QStringLiteral("LinkedIn Recruiter");
    switch (rng.below(10)) {
    case 0: c.notes = QStringLiteral("Met at \"%1 Summit\", follow up in Q3.\nPrefers email, not calls.").arg(c.city); break;
    case 1: c.notes = QStringLiteral("Referred by %1, open to relocation").arg(rng.pick(kFirst)); break;
    default: break;
    }
    return c;
}

QList<Candidate> CandidateGenerator::make(qint64 first, qint64 count) const
{
    QList<Candidate> out;
    out.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        out << make(first + i);
    return out;
}

QStringList CandidateGenerator::csvHeader()
{
    return {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
            QStringLiteral("Phone"), QStringLiteral("Current Company"), QStringLiteral("Current Title"),
            QStringLiteral("Location"), QStringLiteral("Public Profile URL"), QStringLiteral("Tags"),
            QStringLiteral("Notes")};
}

QStringList CandidateGenerator::csvFields(const Candidate &c)
{
    QString country;
    for (std::size_t i = 0; i < kPlaces.size(); ++i) {
        if (QString::fromUtf8(kPlaces[i].city) == c.city)
            country = QString::fromUtf8(kPlaces[i].country);
    }
    const QString location = QStringList{c.city, c.region, country}.join(QStringLiteral(", "));
    return {c.firstName, c.lastName, c.emails.join(QStringLiteral("; ")), c.phones.join(QStringLiteral("; ")),
            c.company, c.title, location, c.linkedinUrl, c.tags.join(QStringLiteral(", ")), c.notes};
}

QString CandidateGenerator::csvQuoted(const QString &field)
{
    bool needs = false;
    for (const QChar ch : field)
        needs = needs || ch == u',' || ch == u'"' || ch == u'\n' || ch == u'\r';
    if (!needs)
        return field;
    QString q = field;
    q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

CandidateGenerator::CsvStats CandidateGenerator::writeCsv(const QString &path, qint64 rows, double duplicateShare) const
{
    CsvStats stats;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return stats;
    Rng dupRng(m_seed ^ 0xD1B54A32D192ED03ULL);
    const quint64 dupThreshold = quint64(duplicateShare * 1'000'000.0);
    auto line = [](const QStringList &fields) {
        QStringList q;
        for (const QString &x : fields)
            q << csvQuoted(x);
        return (q.join(u',') + QStringLiteral("\r\n")).toUtf8();
    };
    QByteArray buf = line(csvHeader());
    qint64 unique = 0;
    for (qint64 i = 0; i < rows; ++i) {
        Candidate c;
        if (unique > 0 && dupRng.next() % 1'000'000 < dupThreshold) {
            // The same person again, with the email typed in upper case: must be caught as a duplicate.
            c = make(qint64(dupRng.next() % quint64(unique)));
            c.emails.first() = c.emails.first().toUpper();
            ++stats.duplicates;
        } else {
            c = make(unique++);
        }
        buf += line(csvFields(c));
        if (buf.size() > (1 << 20)) {
            stats.bytes += f.write(buf);
            buf.clear();
        }
    }
    stats.bytes += f.write(buf);
    stats.rows = rows;
    return stats;
}

} // namespace sd::testdata
