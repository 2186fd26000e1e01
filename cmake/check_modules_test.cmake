# Tests cmake/check_modules.cmake on small made-up trees: one that links what
# it includes passes, and each rule fires on its own case with its message.
# Usage: cmake -DWORK_DIR=<scratch dir> -P check_modules_test.cmake
# (CTest runs it as `module_dependencies_check_test`).
cmake_minimum_required(VERSION 3.25)
set(checker "${CMAKE_CURRENT_LIST_DIR}/check_modules.cmake")
set(root "${WORK_DIR}/check_modules_test")
file(REMOVE_RECURSE "${root}")

# The tree: library fh_a (src/a), library fh_b (src/b) using fh_a, and a
# program t (tests/t.cc) with a local header.
file(WRITE "${root}/src/a/a.h" "#include <nlohmann/json.hpp>\n#include \"firsthire/pub.h\"\n")
file(WRITE "${root}/src/a/a.cc" "#include \"a/a.h\"\n\n#include <fmt/format.h>\n")
file(WRITE "${root}/include/firsthire/pub.h" "#include <string>\n")
file(WRITE "${root}/src/b/b.cc" "// uses a\n#include \"a/a.h\"\n")
file(WRITE "${root}/tests/t.cc" "#include <gtest/gtest.h>\n#include \"local.h\"\n")
file(WRITE "${root}/tests/local.h" "#pragma once\n#include \"b/b.h\"\n")
file(WRITE "${root}/src/b/b.h" "#pragma once\n")
# The layout table as it should be, and one that has fallen behind.
file(WRITE "${root}/layout.md" "| path | what | may depend on |\n|---|---|---|\n"
     "| `src/a/` | a | nlohmann; fmt (private) |\n| `src/b/` | b | `fh_a` (private) |\n")
file(WRITE "${root}/stale.md" "| `src/a/` | a | nlohmann |\n| `src/b/` | b | `fh_a`, `fh_c` |\n")
file(WRITE "${root}/missing.md" "| `src/a/` | a | nlohmann |\n")
file(WRITE "${root}/b_alone.md" "| `src/a/` | a → | nlohmann |\n| `src/b/` | b | — |\n")

# manifest(OUT VAR=VALUE...): the manifest of that tree; each VAR=VALUE
# replaces the variable's value ("|" separates list items).
function(manifest out)
  set(FH_fh_a_PUBLIC "nlohmann_json::nlohmann_json")
  set(FH_fh_a_PRIVATE "fmt::fmt")
  set(FH_fh_b_PUBLIC "")
  set(FH_fh_b_PRIVATE "fh_a")
  set(FH_t_PRIVATE "fh_b|GTest::gtest|GTest::gtest_main")
  set(FH_EXCEPTIONS "")
  set(pub_owner fh_a)
  set(doc layout.md)
  foreach(assignment IN LISTS ARGN)
    string(REGEX MATCH "^([^=]+)=(.*)$" matched "${assignment}")
    set(${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
  endforeach()
  string(CONCAT text "set(FH_SOURCE_DIR \"${root}\")\n"
           "set(FH_DIR_a fh_a)\nset(FH_DIR_b fh_b)\nset(FH_MODULE_DIRS \"a;b\")\n"
           "set(FH_LAYOUT_DOC \"${root}/${doc}\")\nset(FH_PUBLIC_HEADER_pub.h ${pub_owner})\n"
           "set(FH_TARGETS \"fh_a;fh_b;t\")\nset(FH_EXCEPTIONS \"${FH_EXCEPTIONS}\")\n"
           "set(FH_fh_a_FILES \"${root}/src/a/a.cc;${root}/src/a/a.h;${root}/include/firsthire/pub.h\")\n"
           "set(FH_fh_a_LIBRARY TRUE)\n"
           "set(FH_fh_b_FILES \"${root}/src/b/b.cc;${root}/src/b/b.h\")\nset(FH_fh_b_LIBRARY TRUE)\n"
           "set(FH_t_FILES \"${root}/tests/t.cc\")\nset(FH_t_PUBLIC \"\")\n")
  foreach(var FH_fh_a_PUBLIC FH_fh_a_PRIVATE FH_fh_b_PUBLIC FH_fh_b_PRIVATE FH_t_PRIVATE)
    string(REPLACE "|" ";" value "${${var}}")
    string(APPEND text "set(${var} \"${value}\")\n")
  endforeach()
  file(WRITE "${out}" "${text}")
endfunction()

set(failures 0)
# expect(NAME EXPECTED [VAR=VALUE...]): runs the check on the tree's manifest
# changed by the assignments; EXPECTED "" means it must pass, otherwise it
# must fail and print EXPECTED.
function(expect name expected)
  manifest("${root}/${name}.cmake" ${ARGN})
  execute_process(COMMAND ${CMAKE_COMMAND} -DMANIFEST=${root}/${name}.cmake -P ${checker}
                  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(all "${out}${err}")
  if(expected STREQUAL "")
    if(NOT result EQUAL 0)
      message("FAIL ${name}: expected to pass, got:\n${all}")
      math(EXPR failures "${failures} + 1")
    endif()
  else()
    string(FIND "${all}" "${expected}" at)
    if(result EQUAL 0 OR at EQUAL -1)
      message("FAIL ${name}: expected a failure saying\n  ${expected}\ngot (exit ${result}):\n${all}")
      math(EXPR failures "${failures} + 1")
    endif()
  endif()
  set(failures ${failures} PARENT_SCOPE)
endfunction()

expect(clean "")
expect(undeclared "src/b/b.cc:2: includes a/a.h (fh_a), but fh_b does not link fh_a"
       "FH_fh_b_PRIVATE=")
expect(undeclared_external "src/a/a.cc:3: includes fmt/format.h (fmt::fmt), but fh_a does not link fmt::fmt"
       "FH_fh_a_PRIVATE=")
expect(through_local_header "tests/local.h:2: includes b/b.h (fh_b), but t does not link fh_b"
       "FH_t_PRIVATE=GTest::gtest|GTest::gtest_main")
expect(unused "fh_b links fmt::fmt, but none of its files includes a header of fmt::fmt"
       "FH_fh_b_PRIVATE=fh_a|fmt::fmt")
expect(public_for_cc_only "fh_a links fmt::fmt PUBLIC, but only its .cc files include it: make it PRIVATE"
       "FH_fh_a_PUBLIC=nlohmann_json::nlohmann_json|fmt::fmt" "FH_fh_a_PRIVATE=")
expect(private_for_header "fh_a links nlohmann_json::nlohmann_json PRIVATE, but one of its headers includes it: make it PUBLIC"
       "FH_fh_a_PUBLIC=" "FH_fh_a_PRIVATE=fmt::fmt|nlohmann_json::nlohmann_json")
expect(unowned_public_header "src/a/a.h:2: firsthire/pub.h is in no library's HEADERS list"
       "pub_owner=")
expect(layout_row_stale "stale.md: the row of src/b/ names [fh_a, fh_c], but fh_b links [fh_a]"
       "doc=stale.md")
expect(layout_row_missing "missing.md: the layout table has no row for src/b/" "doc=missing.md")
expect(exception_allows "" "FH_fh_b_PRIVATE=" "doc=b_alone.md" "FH_EXCEPTIONS=src/b/b.cc=a/a.h")
expect(stale_exception "the exception \"src/b/b.h includes a/a.h\" is no longer needed"
       "FH_EXCEPTIONS=src/b/b.h=a/a.h")

if(failures GREATER 0)
  message(FATAL_ERROR "${failures} case(s) of check_modules.cmake failed")
endif()
message("check_modules.cmake: every case passed")
