# cf_add_unit_test(NAME source...): a GoogleTest program whose tests ctest
# lists one by one, labelled "unit".
function(cf_add_unit_test name)
  add_executable(${name} ${ARGN})
  target_link_libraries(${name} PRIVATE cf_core GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE CF_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  gtest_discover_tests(${name} PROPERTIES LABELS unit DISCOVERY_TIMEOUT 60)
endfunction()
