# Packages build/customer-focus.oxt from extension/, dialogs/ and the UNO
# component. The staging folder build/oxt/ holds exactly what the zip holds.
set(CF_OXT ${CMAKE_BINARY_DIR}/customer-focus.oxt CACHE INTERNAL "The built extension")
set(CF_OXT_STAGE ${CMAKE_BINARY_DIR}/oxt)

configure_file(${PROJECT_SOURCE_DIR}/extension/description.xml.in
               ${CMAKE_BINARY_DIR}/generated/description.xml @ONLY)

file(GLOB_RECURSE CF_EXTENSION_FILES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/extension/* ${PROJECT_SOURCE_DIR}/dialogs/*)

add_custom_command(
  OUTPUT ${CF_OXT}
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${CF_OXT_STAGE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CF_OXT_STAGE}
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${PROJECT_SOURCE_DIR}/extension ${CF_OXT_STAGE}
  COMMAND ${CMAKE_COMMAND} -E rm -f ${CF_OXT_STAGE}/description.xml.in
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_BINARY_DIR}/generated/description.xml ${CF_OXT_STAGE}/description.xml
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${PROJECT_SOURCE_DIR}/dialogs ${CF_OXT_STAGE}/dialogs
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:cf_uno> ${CF_OXT_STAGE}/
  # The package carries no debug information: the build tree keeps it.
  COMMAND ${CMAKE_STRIP} --strip-debug ${CF_OXT_STAGE}/$<TARGET_FILE_NAME:cf_uno>
  COMMAND ${CMAKE_COMMAND} -E rm -f ${CF_OXT}
  COMMAND ${CMAKE_COMMAND} -E chdir ${CF_OXT_STAGE} ${CMAKE_COMMAND} -E tar cf ${CF_OXT} --format=zip .
  DEPENDS cf_uno ${CF_EXTENSION_FILES} ${CMAKE_BINARY_DIR}/generated/description.xml
  COMMENT "Packaging customer-focus.oxt"
  VERBATIM)
add_custom_target(oxt ALL DEPENDS ${CF_OXT})
