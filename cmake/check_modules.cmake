# Checks that every target's link line is what its #includes say it is.
# Usage: cmake -DMANIFEST=<build>/module_manifest.cmake -P check_modules.cmake
# (CTest runs it as `module_dependencies`; the manifest is written by
# firsthire_write_module_manifest() in the top-level CMakeLists.txt).
#
# A header belongs to a library: "store/x.h" to the library built from
# src/store/, "firsthire/x.h" to the library whose HEADERS list names it, and a
# third-party header to its imported target (the table below). For every
# checked target, and every file it is built from:
#  1. each header it includes belongs to the target itself or to a library it
#     links directly (being reachable through another library does not count);
#     a module's test binary may also include what the module links;
#  2. each library it links is included by at least one of its files;
#  3. a library's dependency is PUBLIC when one of its headers (src/<dir>/*.h,
#     its include/firsthire/ headers) includes it, PRIVATE otherwise;
#  4. DEVELOPERS.md's layout table has a row per library whose last column
#     names exactly the fh_* libraries it links.
# Every violation is printed with file and line; the script fails if any.
cmake_minimum_required(VERSION 3.25)
include("${MANIFEST}")

# Third-party include prefixes and the imported target that provides them.
set(external_prefixes
  "yaml-cpp/" yaml-cpp
  "nlohmann/" nlohmann_json::nlohmann_json
  "fmt/" fmt::fmt
  "CLI/" CLI11::CLI11
  "sqlite3.h" SQLite::SQLite3
  "libpq-fe.h" PostgreSQL::PostgreSQL
  "sodium.h" PkgConfig::SODIUM
  "sodium/" PkgConfig::SODIUM
  "boost/" Boost::system
  "zlib.h" ZLIB::ZLIB
  "openssl/" OpenSSL::SSL
  "gtest/" GTest::gtest
  "gmock/" GTest::gmock
  "benchmark/" benchmark::benchmark)
# Linked for their symbols only: never required to be included.
set(link_only GTest::gtest_main)

set(failures 0)
set(exceptions_used "")
macro(fail message)
  message("module_dependencies: ${message}")
  math(EXPR failures "${failures} + 1")
endmacro()

# owner_of(HEADER OUT): the library or imported target HEADER belongs to, or
# "" for the C++ and POSIX headers and a target's own local headers.
function(owner_of header out)
  set(owner "")
  set(dir "")
  if(header MATCHES "^([a-z_]+)/")
    set(dir "${CMAKE_MATCH_1}")
  endif()
  if(header MATCHES "^firsthire/(.*)$")
    set(owner "${FH_PUBLIC_HEADER_${CMAKE_MATCH_1}}")
    if(NOT owner)
      set(owner "?unowned")
    endif()
  elseif(dir AND DEFINED "FH_TESTING_DIR_${dir}" AND header MATCHES "test[^/]*\\.h$")
    set(owner "${FH_TESTING_DIR_${dir}}")  # a test helper header
  elseif(dir AND DEFINED "FH_DIR_${dir}")
    set(owner "${FH_DIR_${dir}}")
  else()
    list(LENGTH external_prefixes n)
    math(EXPR last "${n} - 1")
    foreach(i RANGE 0 ${last} 2)
      list(GET external_prefixes ${i} prefix)
      string(FIND "${header}" "${prefix}" at)
      if(at EQUAL 0)
        math(EXPR j "${i} + 1")
        list(GET external_prefixes ${j} owner)
        break()
      endif()
    endforeach()
  endif()
  set(${out} "${owner}" PARENT_SCOPE)
endfunction()

# line_of(FILE TEXT OUT): the line of FILE on which TEXT first appears.
function(line_of file text out)
  file(READ "${file}" content)
  string(FIND "${content}" "${text}" at)
  string(SUBSTRING "${content}" 0 ${at} before)
  string(REGEX MATCHALL "\n" newlines "${before}")
  list(LENGTH newlines count)
  math(EXPR line "${count} + 1")
  set(${out} ${line} PARENT_SCOPE)
endfunction()

foreach(target IN LISTS FH_TARGETS)
  set(allowed ${target} ${FH_${target}_PUBLIC} ${FH_${target}_PRIVATE})
  set(module "")
  if(FH_${target}_MODULE)
    set(module ${FH_${target}_MODULE})
    list(APPEND allowed ${module} ${FH_${module}_PUBLIC} ${FH_${module}_PRIVATE})
  endif()
  set(used "")
  set(used_in_headers "")
  # The target's files, then the local headers they include (tests/...).
  set(files ${FH_${target}_FILES})
  list(LENGTH files count)
  set(index 0)
  while(index LESS count)
    list(GET files ${index} file)
    math(EXPR index "${index} + 1")
    get_filename_component(file_dir "${file}" DIRECTORY)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"].*$" "\\1\\2"
                           include "${line}")
      string(SUBSTRING "${include}" 1 -1 header)
      owner_of("${header}" owner)
      if(owner STREQUAL "" AND include MATCHES "^\"")
        foreach(base "${file_dir}" ${FH_${target}_LOCAL_DIRS})
          if(EXISTS "${base}/${header}")
            get_filename_component(local "${base}/${header}" ABSOLUTE)
            if(NOT local IN_LIST files)
              list(APPEND files "${local}")
              math(EXPR count "${count} + 1")
            endif()
            break()
          endif()
        endforeach()
      endif()
      if(owner STREQUAL "")
        continue()
      endif()
      file(RELATIVE_PATH shown "${FH_SOURCE_DIR}" "${file}")
      if(owner STREQUAL "?unowned")
        line_of("${file}" "${header}" at)
        fail("${shown}:${at}: ${header} is in no library's HEADERS list (src/CMakeLists.txt)")
        continue()
      endif()
      if("${shown}=${header}" IN_LIST FH_EXCEPTIONS)
        list(APPEND exceptions_used "${shown}=${header}")
        continue()
      endif()
      if(NOT owner IN_LIST allowed)
        line_of("${file}" "${header}" at)
        fail("${shown}:${at}: includes ${header} (${owner}), but ${target} does not link ${owner}")
        continue()
      endif()
      list(APPEND used ${owner})
      if(file MATCHES "\\.h$")
        list(APPEND used_in_headers ${owner})
      endif()
    endforeach()
  endwhile()

  foreach(dep IN LISTS FH_${target}_PUBLIC FH_${target}_PRIVATE)
    if(FH_${target}_MODULE AND (dep MATCHES "^GTest::" OR dep STREQUAL module OR
                                dep STREQUAL "${module}_testing" OR
                                dep IN_LIST FH_${module}_PRIVATE))
      continue()  # what every test binary of a library links
    endif()
    if(NOT dep IN_LIST used AND NOT dep IN_LIST link_only)
      fail("${target} links ${dep}, but none of its files includes a header of ${dep}")
    endif()
  endforeach()
  if(FH_${target}_LIBRARY)
    foreach(dep IN LISTS FH_${target}_PUBLIC)
      if(dep IN_LIST used AND NOT dep IN_LIST used_in_headers)
        fail("${target} links ${dep} PUBLIC, but only its .cc files include it: make it PRIVATE")
      endif()
    endforeach()
    foreach(dep IN LISTS FH_${target}_PRIVATE)
      if(dep IN_LIST used_in_headers)
        fail("${target} links ${dep} PRIVATE, but one of its headers includes it: make it PUBLIC")
      endif()
    endforeach()
  endif()
endforeach()

# The layout table of DEVELOPERS.md: each src/<dir>/ row names, in its last
# column, exactly the fh_* libraries the library links.
if(FH_LAYOUT_DOC)
  file(STRINGS "${FH_LAYOUT_DOC}" rows ENCODING UTF-8 REGEX "^\\| `src/[a-z_]+/` \\|")
  get_filename_component(doc_name "${FH_LAYOUT_DOC}" NAME)
  set(documented "")
  foreach(row IN LISTS rows)
    string(REGEX MATCH "^\\| `src/([a-z_]+)/`" ignored "${row}")
    set(dir "${CMAKE_MATCH_1}")
    if(NOT DEFINED "FH_DIR_${dir}")
      continue()
    endif()
    set(lib "${FH_DIR_${dir}}")
    list(APPEND documented ${dir})
    string(REGEX REPLACE "^.*\\|([^|]*)\\|[ \t]*$" "\\1" column "${row}")
    string(REGEX MATCHALL "fh_[a-z_]+" named "${column}")
    set(linked "")
    foreach(dep IN LISTS FH_${lib}_PUBLIC FH_${lib}_PRIVATE)
      if(dep MATCHES "^fh_")
        list(APPEND linked ${dep})
      endif()
    endforeach()
    list(SORT named)
    list(SORT linked)
    if(NOT named STREQUAL linked)
      string(REPLACE ";" ", " named_text "${named}")
      string(REPLACE ";" ", " linked_text "${linked}")
      fail("${doc_name}: the row of src/${dir}/ names [${named_text}], but ${lib} links [${linked_text}]")
    endif()
  endforeach()
  foreach(entry IN LISTS FH_MODULE_DIRS)
    if(NOT entry IN_LIST documented)
      fail("${doc_name}: the layout table has no row for src/${entry}/")
    endif()
  endforeach()
endif()

foreach(exception IN LISTS FH_EXCEPTIONS)
  if(NOT exception IN_LIST exceptions_used)
    string(REPLACE "=" " includes " shown "${exception}")
    fail("the exception \"${shown}\" is no longer needed: remove it from src/CMakeLists.txt")
  endif()
endforeach()

if(failures GREATER 0)
  message(FATAL_ERROR "module_dependencies: ${failures} problem(s); see DEVELOPERS.md (Layout)")
endif()
list(LENGTH FH_TARGETS checked)
message("module_dependencies: ${checked} targets link what they include")
