#include "CandidateViewFixture.h"

#include "CandidateRepository.h"
#include "Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <array>
#include <random>

namespace sd::bench {

namespace {

constexpr std::array kFirst = {"Ada",    "Alan",    "Grace",  "Linus",     "Margaret", "Ken",    "Barbara",
                               "Edsger", "Frances", "John",   "Katherine", "Dennis",   "Radia",  "Tim",
                               "Hedy",   "Niklaus", "Sophie", "Yukihiro",  "Anita",    "Guido",  "Lena",
                               "Jonas",  "Mia",     "Noah",   "Emma",      "Liam",     "Olivia", "Lucas",
                               "Amelia", "Mateo",   "Ines",   "Pablo",     "Chiara",   "Marco",  "Aiko",
                               "Kenji",  "Priya",   "Arjun",  "Fatima",    "Omar"};
constexpr std::array kLast = {
    "Lovelace", "Turing",    "Hopper",  "Torvalds",   "Hamilton",  "Thompson",    "Liskov",    "Dijkstra",
    "Allen",    "Backus",    "Johnson", "Ritchie",    "Perlman",   "Berners-Lee", "Lamarr",    "Wirth",
    "Wilson",   "Matsumoto", "Borg",    "van Rossum", "Schmidt",   "Müller",      "Schneider", "Fischer",
    "Weber",    "Meyer",     "Wagner",  "Becker",     "Schulz",    "Hoffmann",    "García",    "Martínez",
    "Rossi",    "Russo",     "Dubois",  "Laurent",    "Nakamura",  "Tanaka",      "Sharma",    "Khan",
    "Novak",    "Kowalski",  "Nielsen", "Jensen",     "Andersson", "Johansson",   "O'Brien",   "Murphy",
    "Silva",    "Santos"};
constexpr std::array kCompanyA = {"Blue",  "North", "Bright", "Quantum", "Green", "Iron",  "Silver",
                                  "Rapid", "Open",  "Deep",   "Clear",   "Solid", "Swift", "Prime",
                                  "Nova",  "Atlas", "Vector", "Pixel",   "Cloud", "Data"};
constexpr std::array kCompanyB = {"Labs",      "Systems",  "Works",    "Software", "Analytics",
                                  "Robotics",  "Networks", "Health",   "Energy",   "Finance",
                                  "Logistics", "Studios",  "Security", "Mobility", "Foods",
                                  "Bank",      "Games",    "Media",    "Cloud",    "AI"};
constexpr std::array kTitles = {
    "Software Engineer",   "Senior Software Engineer", "Staff Engineer",
    "Backend Developer",   "Frontend Developer",       "Data Scientist",
    "Data Engineer",       "DevOps Engineer",          "Site Reliability Engineer",
    "Product Manager",     "Engineering Manager",      "QA Engineer",
    "Mobile Developer",    "Security Engineer",        "ML Engineer",
    "Solutions Architect", "Technical Lead",           "UX Designer",
    "Embedded Engineer",   "Platform Engineer"};
constexpr std::array kCities = {
    "Berlin", "Munich",    "Hamburg", "London", "Manchester", "Paris",    "Lyon",   "Amsterdam", "Rotterdam",
    "Madrid", "Barcelona", "Lisbon",  "Milan",  "Rome",       "Vienna",   "Zurich", "Stockholm", "Copenhagen",
    "Oslo",   "Warsaw",    "Prague",  "Dublin", "Helsinki",   "Brussels", "Tallinn"};
constexpr std::array kCountries = {"DE", "DE", "DE", "GB", "GB", "FR", "FR", "NL", "NL",
                                   "ES", "ES", "PT", "IT", "IT", "AT", "CH", "SE", "DK",
                                   "NO", "PL", "CZ", "IE", "FI", "BE", "EE"};
constexpr std::array kTags = {"backend", "frontend", "rust",     "go",    "python", "java",
                              "kotlin",  "react",    "k8s",      "aws",   "remote", "senior",
                              "lead",    "ml",       "security", "mobile"};
static_assert(kCities.size() == kCountries.size());

template<typename Array> QString pick(const Array &array, std::mt19937 &rng)
{
    return QString::fromUtf8(array[std::uniform_int_distribution<std::size_t>(0, array.size() - 1)(rng)]);
}

Candidate makeCandidate(int i, std::mt19937 &rng)
{
    Candidate c;
    // The (first, last) pair cycles every 2,000 rows and each block of 2,000 rows gets its own
    // company (400 names, then a numeric suffix), so no two rows share a name at a company.
    c.firstName = QString::fromUtf8(kFirst[std::size_t(i) % kFirst.size()]);
    c.lastName = QString::fromUtf8(kLast[(std::size_t(i) / kFirst.size()) % kLast.size()]);
    const int companyIndex = i / int(kFirst.size() * kLast.size());
    c.company = QStringLiteral("%1 %2 %3")
                    .arg(QString::fromUtf8(kCompanyA[std::size_t(companyIndex) % kCompanyA.size()]),
                         QString::fromUtf8(
                             kCompanyB[(std::size_t(companyIndex) / kCompanyA.size()) % kCompanyB.size()]))
                    .arg(companyIndex / int(kCompanyA.size() * kCompanyB.size()) + 1);
    c.title = pick(kTitles, rng);
    const auto city = std::uniform_int_distribution<std::size_t>(0, kCities.size() - 1)(rng);
    c.city = QString::fromUtf8(kCities[city]);
    c.countryCode = QString::fromUtf8(kCountries[city]);
    const QString handle = QStringLiteral("%1.%2.%3").arg(c.firstName.toLower(), c.lastName.toLower()).arg(i);
    c.emails = {handle + QStringLiteral("@example.com")};
    if (i % 3 == 0)
        c.phones = {QStringLiteral("+49 30 %1").arg(1000000 + i)};
    if (i % 2 == 0)
        c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/%1-%2").arg(c.firstName.toLower()).arg(i);
    c.source = i % 4 == 0 ? QStringLiteral("LinkedIn Recruiter") : QStringLiteral("Referral");
    c.tags = {pick(kTags, rng), pick(kTags, rng)};
    if (c.tags.at(0) == c.tags.at(1))
        c.tags.removeLast();
    return c;
}

} // namespace

QString CandidateViewFixture::cachePath(const QString &folder, int rows)
{
    return QDir(folder).filePath(
        QStringLiteral("candidate-view-%1-%2.sqlite").arg(QLatin1String(Version)).arg(rows));
}

bool CandidateViewFixture::generate(const QString &path, int rows)
{
    QTextStream err(stderr);
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    QElapsedTimer timer;
    timer.start();
    {
        auto opened = Workspace::open(partial);
        if (!opened.ok()) {
            err << "cannot create " << partial << ": " << opened.error().toString() << Qt::endl;
            return false;
        }
        const auto workspace = std::move(opened).value();
        CandidateRepository repo(*workspace);
        std::mt19937 rng(20261123u);
        constexpr int batchSize = 5000;
        QList<Candidate> batch;
        batch.reserve(batchSize);
        for (int i = 0; i < rows; ++i) {
            batch.append(makeCandidate(i, rng));
            if (batch.size() == batchSize || i == rows - 1) {
                auto outcome = repo.importBatch(batch, DuplicatePolicy::Skip, QStringLiteral("bench"));
                if (!outcome.ok()) {
                    err << "import failed at row " << i << ": " << outcome.error().toString() << Qt::endl;
                    return false;
                }
                batch.clear();
                if ((i + 1) % 100000 == 0)
                    err << "generated " << (i + 1) << " rows in " << timer.elapsed() / 1000 << " s"
                        << Qt::endl;
            }
        }
        workspace->releaseThreadConnection();
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        err << "cannot move " << partial << " to " << path << Qt::endl;
        return false;
    }
    err << "generated " << rows << " candidates in " << timer.elapsed() / 1000 << " s: " << path << Qt::endl;
    return true;
}

} // namespace sd::bench
