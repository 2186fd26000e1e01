#include "cli/config_file.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "input/suggest.h"

namespace firsthire {
namespace {

std::string Trim(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

Location At(const std::string& file, int line, int column, const std::string& field = "") {
  return Location{file, line, column, field};
}

// The verb's long option names (without dashes), for suggestions.
std::vector<std::string> LongNames(const CLI::App& verb) {
  std::vector<std::string> names;
  for (const CLI::Option* option : verb.get_options()) {
    for (const std::string& name : option->get_lnames()) names.push_back(name);
  }
  return names;
}

}  // namespace

Result<std::vector<ConfigSetting>> ParseConfigText(const std::string& text,
                                                   const std::string& file) {
  std::vector<ConfigSetting> settings;
  std::istringstream lines(text);
  std::string raw;
  int number = 0;
  while (std::getline(lines, raw)) {
    ++number;
    std::string line = Trim(raw);
    if (line.empty() || line.front() == '#') continue;
    size_t equals = line.find('=');
    int column = static_cast<int>(raw.find_first_not_of(" \t")) + 1;
    if (equals == std::string::npos) {
      return Status::InvalidInput("expected 'name = value'", At(file, number, column));
    }
    ConfigSetting setting{Trim(line.substr(0, equals)), Trim(line.substr(equals + 1)), number};
    if (setting.name.empty() ||
        setting.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_") !=
            std::string::npos) {
      return Status::InvalidInput("a setting's name is lower-case letters, digits, '-' or '_'",
                                  At(file, number, column));
    }
    std::replace(setting.name.begin(), setting.name.end(), '_', '-');
    std::string& value = setting.value;
    if (!value.empty() && value.front() == '"') {
      if (value.size() < 2 || value.back() != '"') {
        return Status::InvalidInput("the value's closing '\"' is missing",
                                    At(file, number, static_cast<int>(raw.size()), setting.name));
      }
      value = value.substr(1, value.size() - 2);
    }
    settings.push_back(std::move(setting));
  }
  return settings;
}

Status ApplyConfigFile(CLI::App& verb, const std::string& path,
                       const std::vector<std::string>& skip) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidInput("cannot read the config file", Location{path, 0, 0, ""});
  std::ostringstream text;
  text << in.rdbuf();
  FH_ASSIGN_OR_RETURN(std::vector<ConfigSetting> settings, ParseConfigText(text.str(), path));

  // Resolve every name first, so that a misspelt one is reported before
  // anything is applied.
  std::vector<CLI::Option*> options;
  for (const ConfigSetting& setting : settings) {
    CLI::Option* option = verb.get_option_no_throw("--" + setting.name);
    bool skipped = std::find(skip.begin(), skip.end(), setting.name) != skip.end();
    if (option == nullptr || skipped || setting.name == "help") {
      std::vector<std::string> names = LongNames(verb);
      std::erase_if(names, [&](const std::string& n) {
        return n == "help" || std::find(skip.begin(), skip.end(), n) != skip.end();
      });
      return Status::InvalidInput(
          "unknown setting '" + setting.name + "'" + DidYouMean(setting.name, names),
          At(path, setting.line, 1, setting.name));
    }
    options.push_back(option);
  }
  // What the command line gave wins over the file.
  std::vector<const CLI::Option*> given;
  for (const CLI::Option* option : options) {
    if (option->count() > 0) given.push_back(option);
  }
  for (size_t i = 0; i < settings.size(); ++i) {
    CLI::Option* option = options[i];
    if (std::find(given.begin(), given.end(), option) != given.end()) continue;
    try {
      option->add_result(settings[i].value);
      option->run_callback();
    } catch (const CLI::Error& error) {
      return Status::InvalidInput(error.what(), At(path, settings[i].line, 1, settings[i].name));
    }
  }
  return Status::Ok();
}

}  // namespace firsthire
