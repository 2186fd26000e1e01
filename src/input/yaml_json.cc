#include "input/yaml_json.h"

#include <charconv>
#include <cmath>

#include "firsthire/playbook.h"

namespace firsthire {

nlohmann::json YamlToJson(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      nlohmann::json obj = nlohmann::json::object();
      for (auto it = node.begin(); it != node.end(); ++it) obj[it->first.Scalar()] = YamlToJson(it->second);
      return obj;
    }
    case YAML::NodeType::Sequence: {
      nlohmann::json arr = nlohmann::json::array();
      for (auto it = node.begin(); it != node.end(); ++it) arr.push_back(YamlToJson(*it));
      return arr;
    }
    case YAML::NodeType::Scalar: {
      const std::string& s = node.Scalar();
      if (node.Tag() == "!") return s;  // quoted in the source
      if (s == "true") return true;
      if (s == "false") return false;
      int64_t i = 0;
      auto [iend, iec] = std::from_chars(s.data(), s.data() + s.size(), i);
      if (iec == std::errc() && iend == s.data() + s.size()) return i;
      double d = 0;
      auto [dend, dec] = std::from_chars(s.data(), s.data() + s.size(), d);
      if (dec == std::errc() && dend == s.data() + s.size() && std::isfinite(d)) return d;
      return s;
    }
    default:
      return nullptr;
  }
}

Result<std::string> PlaybookJsonText(const Playbook& playbook) {
  // The text was checked when the playbook was loaded; parsing it again
  // cannot fail unless the struct was edited by hand.
  try {
    YAML::Node root = YAML::Load(playbook.source_text);
    return YamlToJson(root).dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  } catch (const YAML::Exception& e) {
    return Status::Internal(std::string("playbook became unreadable: ") + e.what());
  }
}

}  // namespace firsthire
