# Writes the OpenAPI document with `firsthire serve --print-openapi` and
# validates it with validate.mjs. Runs `npm ci` first when node_modules is
# missing or older than package-lock.json.
if(NOT EXISTS ${PACKAGE_DIR}/node_modules/.package-lock.json OR
   ${PACKAGE_DIR}/package-lock.json IS_NEWER_THAN ${PACKAGE_DIR}/node_modules/.package-lock.json)
  execute_process(COMMAND ${NPM} ci --no-audit --no-fund
                  WORKING_DIRECTORY ${PACKAGE_DIR} RESULT_VARIABLE npm_result)
  if(NOT npm_result EQUAL 0)
    message(FATAL_ERROR "npm ci failed in ${PACKAGE_DIR}")
  endif()
endif()
execute_process(COMMAND ${FIRSTHIRE_BIN} serve --print-openapi
                OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE print_result)
if(NOT print_result EQUAL 0)
  message(FATAL_ERROR "firsthire serve --print-openapi failed")
endif()
execute_process(COMMAND ${NODE} ${PACKAGE_DIR}/validate.mjs ${OUTPUT}
                RESULT_VARIABLE validate_result)
if(NOT validate_result EQUAL 0)
  message(FATAL_ERROR "the OpenAPI document is not valid")
endif()
