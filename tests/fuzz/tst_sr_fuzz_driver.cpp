// Deterministic stand-in for libFuzzer where there is none (gcc): a seed corpus of real-looking
// answers plus a few thousand mutations from a seeded generator, through the same entry point.
#include "SrFuzzDecode.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <random>

namespace {

QList<QByteArray> corpus()
{
    return {
        "{\"limit\":2,\"offset\":0,\"totalFound\":3,\"nextPageId\":\"abc\",\"content\":[{\"id\":\"j1\",\"title\":\"Nurse\","
        "\"status\":\"SOURCING\",\"department\":{\"label\":\"Care\"},\"location\":{\"city\":\"Berlin\",\"countryCode\":\"de\"}}]}",
        "{\"id\":\"c1\",\"firstName\":\"A\",\"lastName\":\"B\",\"tags\":[\"x\"],\"primaryAssignment\":{\"job\":{\"id\":\"j\","
        "\"title\":\"t\"},\"status\":\"NEW\"},\"secondaryAssignments\":[{\"job\":{\"id\":\"k\"}}],\"web\":{\"linkedin\":\"l\"}}",
        "{\"applicationId\":\"a\",\"status\":\"REJECTED\",\"reasonOfRejection\":{\"id\":\"r\",\"label\":\"No\"}}",
        "{\"tags\":[\"a\",\"b\"]}",
        "{\"content\":[{\"id\":\"p\",\"label\":\"L\",\"type\":\"CURRENCY\",\"value\":{\"code\":\"GBP\",\"value\":1}}]}",
        "{}",
        "[]",
        "[{\"content\":\"#[CANDIDATE:c1] hi\",\"createdOn\":\"2024-01-01T00:00:00.000Z\",\"visibility\":\"PUBLIC\"}]",
        "[{\"id\":\"s\",\"callbackUrl\":\"https://x\",\"events\":[{\"name\":\"candidate.created\",\"version\":\"v1\"}],\"status\":\"active\"}]",
        "{\"totalFound\":1,\"content\":[{\"id\":\"h\",\"name\":\"Default\",\"active\":true,\"subStatuses\":{\"IN_REVIEW\":[\"A\"]}}]}",
        "{\"id\":\"u\",\"firstName\":\"F\",\"lastName\":\"L\",\"role\":\"ADMINISTRATOR\",\"systemRole\":{\"id\":\"ADMINISTRATOR\"}}",
        "{\"message\":\"Invalid\",\"errors\":[{\"code\":\"INVALID_INPUT\",\"message\":\"email: bad\"}]}",
        "{\"message\":\"OAuthPermissionsException: requires scope jobs_read\",\"errors\":[{\"code\":\"PERMISSION_DENIED\"}]}",
        "{\"access_token\":\"T\",\"refresh_token\":\"R\",\"nested\":[{\"password\":1}]}",
        "</jobs?limit=10&pageId=SKYf%3D%3D>; rel=\"next\", </x>; rel=prev",
        "grant_type=refresh_token&refresh_token=abc&client_secret=s",
        "{\"content\":[{\"id\":5}],\"totalFound\":1e308}",
        "{\"content\":[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]}",
        "\xef\xbb\xbf{\"id\":\"\\ud800\"}",
        "",
    };
}

QByteArray mutate(QByteArray input, std::mt19937 &rng, const QList<QByteArray> &seeds)
{
    std::uniform_int_distribution<int> op(0, 6);
    const int rounds = 1 + int(rng() % 4);
    for (int i = 0; i < rounds; ++i) {
        const qsizetype n = input.size();
        const qsizetype at = n ? qsizetype(rng() % quint32(n)) : 0;
        switch (op(rng)) {
        case 0: if (n) input[at] = char(input[at] ^ (1 << (rng() % 8))); break;
        case 1: input.insert(at, char(rng() % 256)); break;
        case 2: if (n) input.remove(at, 1 + qsizetype(rng() % 8)); break;
        case 3: input.truncate(at); break;
        case 4: { const char tokens[] = "{}[]\":,0-e.\\ntfu"; input.insert(at, tokens[rng() % (sizeof tokens - 1)]); break; }
        case 5: { const QByteArray &other = seeds.at(qsizetype(rng() % quint32(seeds.size()))); input.insert(at, other.mid(qsizetype(rng() % quint32(other.size() + 1)))); break; }
        default: if (n) input.insert(at, input.mid(at, 16)); break;
        }
    }
    return input;
}

void run(const QByteArray &body, char status)
{
    QByteArray input;
    input.append(status);
    input.append(body);
    sd::sr::fuzz::decodeOne(reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
}

} // namespace

int main(int argc, char **argv)
{
    const int iterations = argc > 1 ? std::atoi(argv[1]) : 10000;
    const QList<QByteArray> seeds = corpus();
    std::mt19937 rng(20240601u);
    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &s : seeds) {
        for (char status : {char(0), char(1), char(2), char(3), char(70), char(200)})
            run(s, status);
    }
    for (int i = 0; i < iterations; ++i) {
        const QByteArray &seed = seeds.at(qsizetype(rng() % quint32(seeds.size())));
        run(mutate(seed, rng, seeds), char(rng() % 256));
    }
    std::printf("fuzz driver: %lld seeds x 6 statuses + %d mutated inputs in %lld ms, no crash\n",
                static_cast<long long>(seeds.size()), iterations, static_cast<long long>(timer.elapsed()));
    return 0;
}
