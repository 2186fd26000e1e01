# FIRSTHIRE_SANITIZE: build everything with the given sanitizers, as a
# comma-separated list handed to -fsanitize= ("address,undefined" or
# "thread"; empty, the default, builds without). scripts/sanitize uses it in a
# build directory of its own (build-asan-ci); see DEVELOPERS.md.
#
# Any report stops the program (-fno-sanitize-recover=all), so a test that
# triggers one fails even when the runtime options are not set. Frame pointers
# are kept so that the reports' stack traces are whole.
#
# The build type Sanitize (-O1, line tables only, assertions kept) is what
# scripts/test builds them with: quicker to compile than -O2 and quick enough
# to run, with stack traces that name the line.
# (project() has already made the variable, empty, for a build type it does
# not know, so an empty value is replaced rather than kept.)
if(NOT CMAKE_CXX_FLAGS_SANITIZE)
  set(CMAKE_CXX_FLAGS_SANITIZE "-O1 -g1" CACHE STRING
      "Flags of the Sanitize build type (FIRSTHIRE_SANITIZE builds)" FORCE)
endif()
set(FIRSTHIRE_SANITIZE "" CACHE STRING
    "Sanitizers to build with: address,undefined or thread (empty: none)")

if(FIRSTHIRE_SANITIZE)
  string(REPLACE "," ";" firsthire_sanitizers "${FIRSTHIRE_SANITIZE}")
  if("thread" IN_LIST firsthire_sanitizers AND "address" IN_LIST firsthire_sanitizers)
    message(FATAL_ERROR "FIRSTHIRE_SANITIZE: thread and address cannot be combined")
  endif()
  set(firsthire_sanitize_flags
      -fsanitize=${FIRSTHIRE_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  if("undefined" IN_LIST firsthire_sanitizers)
    # Not part of -fsanitize=undefined but undefined behaviour all the same:
    # a NaN or out-of-range double converted to an integer (a score or a
    # count computed from a bad ratio) gives an arbitrary value.
    list(APPEND firsthire_sanitize_flags -fsanitize=float-cast-overflow)
  endif()
  if("address" IN_LIST firsthire_sanitizers)
    # The standard library's own bounds checks (operator[], front(), back()
    # on an empty container) for what ASan cannot see inside a capacity.
    add_compile_definitions(_GLIBCXX_ASSERTIONS)
  endif()
  add_compile_options(${firsthire_sanitize_flags})
  add_link_options(${firsthire_sanitize_flags})
  message(STATUS "Sanitizers: ${FIRSTHIRE_SANITIZE}")
endif()

# firsthire_tsan_asio_sources(): called once every directory is added. GCC
# warns (-Wtsan, an error with FIRSTHIRE_WERROR) in every file that includes
# Boost.Asio, because ThreadSanitizer does not model the
# std::atomic_thread_fence in Asio's handler invocation (std_fenced_block).
# The fence is not what orders our data: handlers of one connection run on
# its strand (a mutex TSan sees) and the io_context's queue is locked, so the
# warning is silenced in those files only, leaving it on everywhere else.
function(firsthire_tsan_asio_sources)
  if(NOT "thread" IN_LIST firsthire_sanitizers OR NOT CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    return()
  endif()
  set(src ${PROJECT_SOURCE_DIR}/src)
  set_source_files_properties(
    ${src}/http/server.cc ${src}/mail/smtp_client.cc ${src}/llm/http_post.cc
    ${src}/llm/chat_answer_test.cc ${src}/llm/evidence_model_test.cc
    DIRECTORY ${src} PROPERTIES COMPILE_OPTIONS -Wno-tsan)
  set_source_files_properties(${PROJECT_SOURCE_DIR}/tests/llm_e2e_test.cc
    DIRECTORY ${PROJECT_SOURCE_DIR}/tests PROPERTIES COMPILE_OPTIONS -Wno-tsan)
endfunction()
