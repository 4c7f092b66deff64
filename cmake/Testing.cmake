# cf_add_unit_test(NAME source...): a GoogleTest program whose tests ctest
# lists one by one, labelled "unit".
function(cf_add_unit_test name)
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE cf_core GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE CF_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  gtest_discover_tests(${name} PROPERTIES LABELS unit DISCOVERY_TIMEOUT 60)
endfunction()

# cf_add_office_test(NAME source...): a GoogleTest program that runs against a
# real LibreOffice (one office for the whole program), labelled "office".
# ctest runs it as one test so that the office starts once; its output lists
# every test case. A caller may set CF_OFFICE_TEST_LAUNCHER to a command that
# wraps the program (the UI tests use xvfb-run).
function(cf_add_office_test name)
  # What every office test shares and that does not depend on the program:
  # built once.
  if(NOT TARGET cf_office_test_support)
    add_library(cf_office_test_support STATIC ${PROJECT_SOURCE_DIR}/tests/office/document_state.cpp
                ${PROJECT_SOURCE_DIR}/tests/office/accessible.cpp ${PROJECT_SOURCE_DIR}/tests/office/writer_text.cpp)
    target_include_directories(cf_office_test_support PUBLIC ${PROJECT_SOURCE_DIR}/tests/office)
    target_link_libraries(cf_office_test_support PUBLIC cf_core cf_office GTest::gtest)
  endif()
  # The package the office gets: the built .oxt, or CF_OFFICE_TEST_OXT when
  # the caller sets it (empty: none).
  set(oxt ${CF_OXT})
  if(DEFINED CF_OFFICE_TEST_OXT)
    set(oxt "${CF_OFFICE_TEST_OXT}")
  endif()
  add_executable(${name} ${ARGN} ${PROJECT_SOURCE_DIR}/tests/office/office_environment.cpp)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/office)
  target_link_libraries(${name} PRIVATE cf_core cf_office cf_office_test_support GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    CF_TEST_OXT="${oxt}"
    CF_TEST_NAME="${name}"
    CF_TEST_PROFILE_ROOT="${CMAKE_BINARY_DIR}/test-profiles"
    CF_TEST_ARTIFACTS="${CMAKE_BINARY_DIR}/test-artifacts"
    CF_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    CF_TEST_UPDATE_URL="${CF_UPDATE_BASE_URL}${CF_UPDATE_FEED_NAME}")
  add_dependencies(${name} oxt)
  add_test(NAME ${name} COMMAND ${CF_OFFICE_TEST_LAUNCHER} $<TARGET_FILE:${name}>)
  set_tests_properties(${name} PROPERTIES LABELS office RUN_SERIAL ON TIMEOUT 600)
endfunction()
