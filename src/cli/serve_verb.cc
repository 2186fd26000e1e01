// firsthire serve [--db URL] [--listen ADDR:PORT] [--web DIR] [--secure-cookies]
//                 [--threads N] [--print-openapi] [--config FILE]
//                 [--compute-timeout SECONDS] [--compute-threads N] [--max-team-pool N]
//                 [--sign-in-threads N] [--sign-in-queue N]
//                 [--trusted-proxy CIDR] [--public-url URL]
//                 [--session-sweep-interval SECONDS]
//                 [--smtp URL] [--smtp-from ADDRESS] [--mail-texts FILE]
// The web application and HTTP API over one database (SQLite by default,
// PostgreSQL with a postgresql:// URL). Prints the address it listens on,
// then serves until SIGINT or SIGTERM, finishing the requests in flight.
// --config FILE reads any of these options from a file (cli/config_file.h);
// options given on the command line win.
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>

#include "cli/config_file.h"
#include "cli/serve_notifications.h"
#include "cli/database_option.h"
#include "cli/verbs.h"
#include "http/api_app.h"
#include "http/openapi.h"
#include "http/server.h"
#include "http/session_sweeper.h"
#include "service/account_links.h"
#include "store/database_claim.h"
#include "store/store.h"

namespace firsthire {

namespace {

struct ServeOptions {
  std::string db;
  std::string listen = "127.0.0.1:8080";
  std::string web_dir;
  bool secure_cookies = false;
  int threads = 4;
  bool print_openapi = false;
  std::string config;
  double compute_timeout = 3;  // seconds
  int compute_threads = 1;
  int sign_in_threads = 1;
  int sign_in_queue = -1;  // -1: every worker not otherwise reserved (see RunServe)
  int max_team_pool = 6000;
  std::string trusted_proxy;  // CIDR; "" = none
  std::string public_url;     // where account links point; "" = the request's Host
  // Seconds between deletions of expired sessions.
  double session_sweep_interval = 3600;
  NotificationOptions notifications;  // --smtp, --smtp-from, --mail-texts
};

// "ADDR:PORT", "[IPv6]:PORT" or ":PORT" (all IPv4 interfaces).
Status ParseListen(const std::string& text, http::ServerOptions& server) {
  size_t colon = text.rfind(':');
  if (colon == std::string::npos) {
    return Status::InvalidInput("--listen must be ADDR:PORT, e.g. 127.0.0.1:8080");
  }
  std::string address = text.substr(0, colon);
  std::string port = text.substr(colon + 1);
  if (address.size() >= 2 && address.front() == '[' && address.back() == ']') {
    address = address.substr(1, address.size() - 2);
  }
  if (address.empty()) address = "0.0.0.0";
  if (port.empty() || port.size() > 5 ||
      port.find_first_not_of("0123456789") != std::string::npos || std::stoi(port) > 65535) {
    return Status::InvalidInput("--listen: the port must be a number from 0 to 65535");
  }
  server.address = address;
  server.port = static_cast<uint16_t>(std::stoi(port));
  return Status::Ok();
}

int RunServe(const GlobalOptions& options, const ServeOptions& opts) {
  if (opts.print_openapi) {
    std::string text = http::OpenApiDocument().dump(2) + "\n";
    return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() ? 0 : 1;
  }
  http::ServerOptions server_options;
  if (Status listen = ParseListen(opts.listen, server_options); !listen.ok()) {
    return ReportFailure(listen);
  }
  server_options.threads = opts.threads;
  if (opts.compute_threads >= opts.threads) {
    return ReportFailure(Status::InvalidInput(
        "--compute-threads must be less than --threads (" + std::to_string(opts.threads) +
        "), so that health checks and sign-in always find a free worker"));
  }
  // Password hashing (sign-in) may hold at most sign_in_threads running plus
  // sign_in_queue waiting workers; by default at least one worker stays for
  // the rest, and a queue given explicitly must leave one.
  int spare = opts.threads - opts.compute_threads - opts.sign_in_threads - 1;
  int sign_in_queue = opts.sign_in_queue >= 0 ? opts.sign_in_queue : std::max(0, spare);
  if (opts.sign_in_queue >= 0 && sign_in_queue > spare) {
    return ReportFailure(Status::InvalidInput(
        "--sign-in-threads + --sign-in-queue + --compute-threads must be less than --threads (" +
        std::to_string(opts.threads) + "), so that other requests always find a free worker"));
  }
  http::ApiOptions api_options;
  api_options.hashing.slots = opts.sign_in_threads;
  api_options.hashing.queue = sign_in_queue;
  if (!opts.trusted_proxy.empty()) {
    auto proxy = http::Cidr::Parse(opts.trusted_proxy);
    if (!proxy.ok()) {
      return ReportFailure(Status::InvalidInput("--trusted-proxy: " + proxy.status().message()));
    }
    api_options.trusted_proxy = *proxy;
  }
  if (!opts.public_url.empty()) {
    auto public_url = service::NormalizePublicUrl(opts.public_url);
    if (!public_url.ok()) return ReportFailure(public_url.status());
    api_options.public_url = *public_url;
  }
  auto playbook = SelectPlaybook(options);
  if (!playbook.ok()) return ReportFailure(playbook.status());

  std::optional<http::StaticFiles> web;
  if (!opts.web_dir.empty()) {
    auto files = http::StaticFiles::Open(opts.web_dir);
    if (!files.ok()) {
      return ReportFailure(
          Status::InvalidInput("--web: '" + opts.web_dir + "' is not a directory"));
    }
    web = std::move(files).value();
  }
  std::string url = opts.db.empty() ? DefaultDatabasePath() : opts.db;
  // Held while serving: restore --replace and migrate refuse meanwhile.
  auto claim = DatabaseClaim::Take(url, DatabaseClaim::Kind::kServer);
  if (!claim.ok()) {
    if (claim.status().code() != Code::kAlreadyExists) return ReportFailure(claim.status());
    std::fprintf(stderr,
                 "firsthire: error: a restore --replace or migrate is running on this database; "
                 "start the server when it has finished\n");
    return kExitDatabaseInUse;
  }
  auto store = OpenStore(url);
  if (!store.ok()) return ReportFailure(store.status());
  WarnAboutDatabaseFiles(url);

  auto notifications = ServeNotifications::Create(**store, opts.notifications);
  if (!notifications.ok()) return ReportFailure(notifications.status());
  api_options.notifier = (*notifications)->notifier();

  api_options.secure_cookies = opts.secure_cookies;
  api_options.compute.timeout = std::chrono::milliseconds(
      static_cast<std::int64_t>(opts.compute_timeout * 1000));
  api_options.compute.slots = opts.compute_threads;
  api_options.compute.max_team_pool = static_cast<std::size_t>(opts.max_team_pool);
  auto app = http::ApiApp::Create(**store, *playbook, api_options, std::move(web));
  if (!app.ok()) return ReportFailure(app.status());

  // Block the stop signals before the workers start (they inherit the mask),
  // so that this thread alone receives them in sigwait below.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  http::ApiApp& api = **app;
  http::Server server(server_options,
                      [&api](http::Request& request) { return api.Handle(request); });
  if (Status started = server.Start(); !started.ok()) return ReportFailure(started);
  http::SessionSweeper sweeper(
      **store,
      std::chrono::milliseconds(static_cast<std::int64_t>(opts.session_sweep_interval * 1000)));
  sweeper.Start();
  bool v6 = server_options.address.find(':') != std::string::npos;
  std::string link_base = api_options.public_url;
  if (link_base.empty()) {
    link_base = std::string(opts.secure_cookies ? "https://" : "http://") + (v6 ? "[" : "") +
                server_options.address + (v6 ? "]" : "") + ":" + std::to_string(server.port());
  }
  (*notifications)->StartSending(link_base);
  std::printf("firsthire serving on http://%s%s%s:%u (database: %s)\n", v6 ? "[" : "",
              server_options.address.c_str(), v6 ? "]" : "", static_cast<unsigned>(server.port()),
              (*store)->BackendName().c_str());
  std::fflush(stdout);

  int received = 0;
  sigwait(&stop_signals, &received);
  std::fprintf(stderr, "firsthire: stopping (finishing requests in flight)\n");
  sweeper.Stop();
  server.Stop();
  server.Wait();
  (*notifications)->Stop();
  return 0;
}

}  // namespace

void AddServeVerb(CLI::App& app, GlobalOptions& options) {
  auto opts = std::make_shared<ServeOptions>();
  CLI::App* verb = app.add_subcommand(
      "serve", "Run the web application and HTTP API (OpenAPI at /api/v1/openapi.json)");
  verb->add_option(
      "--db", opts->db,
      "Database: a SQLite file path (default: " + DefaultDatabasePath() + ") or postgresql://...");
  verb->add_option("--listen", opts->listen, "Address and port, default 127.0.0.1:8080");
  verb->add_option("--web", opts->web_dir, "Serve the web app's built files from this directory");
  verb->add_flag("--secure-cookies", opts->secure_cookies,
                 "Mark cookies Secure (when served behind TLS)");
  verb->add_option("--threads", opts->threads, "Worker threads, default 4")
      ->check(CLI::Range(1, 256));
  verb->add_option("--compute-timeout", opts->compute_timeout,
                   "Seconds an engine call may run before it answers with its best result so "
                   "far (optimal: false), default 3")
      ->check(CLI::Range(0.05, 600.0));
  verb->add_option("--compute-threads", opts->compute_threads,
                   "Engine calls running at once (more are answered 503 busy); must be less "
                   "than --threads, default 1")
      ->check(CLI::Range(1, 255));
  verb->add_option("--sign-in-threads", opts->sign_in_threads,
                   "Password hashings (sign-in, password changes) running at once, default 1")
      ->check(CLI::Range(1, 64));
  verb->add_option("--sign-in-queue", opts->sign_in_queue,
                   "Sign-ins that may wait for a hashing slot (more are answered 503 busy); "
                   "default: --threads minus --compute-threads minus --sign-in-threads minus 1")
      ->check(CLI::Range(0, 255));
  verb->add_option("--max-team-pool", opts->max_team_pool,
                   "Most candidates one POST /api/v1/team may send, default 6000")
      ->check(CLI::Range(1, 10000));
  verb->add_option("--trusted-proxy", opts->trusted_proxy,
                   "Count X-Forwarded-For/Forwarded only from this proxy network (CIDR)");
  verb->add_option("--public-url", opts->public_url,
                   "The address users open (e.g. https://hire.example.com): invitation and "
                   "reset links start with it; default: the Host of the admin's request");
  verb->add_option("--session-sweep-interval", opts->session_sweep_interval,
                   "Seconds between deletions of expired sessions from the database, default "
                   "3600")
      ->check(CLI::Range(1.0, 86400.0));
  verb->add_option("--smtp", opts->notifications.smtp_url,
                   "Send notification emails through this mail server: smtp://HOST[:PORT] "
                   "(STARTTLS when offered) or smtp+starttls://USER:PASSWORD@HOST[:PORT] "
                   "(docs/notifications.md); default: $FIRSTHIRE_SMTP_URL, else no emails");
  verb->add_option("--smtp-from", opts->notifications.from,
                   "The address notification emails come from (needed with --smtp)");
  verb->add_option("--mail-texts", opts->notifications.texts_file,
                   "Read the notification emails' texts from this YAML file (the built-in "
                   "ones are in docs/notifications.md)");
  verb->add_flag("--print-openapi", opts->print_openapi, "Print the OpenAPI document and exit");
  verb->add_option("--config", opts->config,
                   "Read options from this file (name = value lines, e.g. listen = "
                   "127.0.0.1:8080); options given here win");
  verb->callback([&options, opts, verb] {
    if (!opts->config.empty()) {
      if (Status read = ApplyConfigFile(*verb, opts->config); !read.ok()) {
        options.exit_code = ReportFailure(read);
        return;
      }
    }
    options.exit_code = RunServe(options, *opts);
  });
}

}  // namespace firsthire
