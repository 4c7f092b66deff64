# Packages build/customer-focus.oxt from extension/, dialogs/, templates/ and
# the UNO component. The staging folder build/oxt/ holds exactly what the zip
# holds.
set(CF_OXT ${CMAKE_BINARY_DIR}/customer-focus.oxt CACHE INTERNAL "The built extension")
set(CF_OXT_STAGE ${CMAKE_BINARY_DIR}/oxt)

configure_file(${PROJECT_SOURCE_DIR}/extension/description.xml.in
               ${CMAKE_BINARY_DIR}/generated/description.xml @ONLY)

file(GLOB_RECURSE CF_EXTENSION_FILES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/extension/* ${PROJECT_SOURCE_DIR}/dialogs/*)

# Each templates/<name>/ folder (unzipped ODF) becomes <name>.ott or .ots:
# mimetype first and stored, as ODF requires, then the rest compressed. The
# Template Manager shows the folder they land in, templates/Customer Focus/,
# as their category (registry/Paths.xcu adds templates/ to the template path).
find_program(CF_ZIP zip REQUIRED)
set(CF_TEMPLATE_CATEGORY "Customer Focus")
set(CF_TEMPLATE_FILES)
file(GLOB CF_TEMPLATE_DIRS CONFIGURE_DEPENDS LIST_DIRECTORIES true ${PROJECT_SOURCE_DIR}/templates/*)
foreach(dir IN LISTS CF_TEMPLATE_DIRS)
  if(NOT IS_DIRECTORY ${dir})
    continue()
  endif()
  get_filename_component(name ${dir} NAME)
  file(READ ${dir}/mimetype mimetype)
  if(mimetype MATCHES "text-template$")
    set(ext ott)
  elseif(mimetype MATCHES "spreadsheet-template$")
    set(ext ots)
  else()
    message(FATAL_ERROR "templates/${name}/mimetype is neither a text nor a spreadsheet template")
  endif()
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${dir}/*)
  set(out ${CMAKE_BINARY_DIR}/templates/${name}.${ext})
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/templates
    COMMAND ${CMAKE_COMMAND} -E rm -f ${out}
    COMMAND ${CMAKE_COMMAND} -E chdir ${dir} ${CF_ZIP} -q -X0 ${out} mimetype
    COMMAND ${CMAKE_COMMAND} -E chdir ${dir} ${CF_ZIP} -q -Xr9D ${out} . -x mimetype
    DEPENDS ${sources}
    COMMENT "Zipping template ${name}.${ext}"
    VERBATIM)
  list(APPEND CF_TEMPLATE_FILES ${out})
endforeach()

add_custom_command(
  OUTPUT ${CF_OXT}
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${CF_OXT_STAGE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CF_OXT_STAGE}
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${PROJECT_SOURCE_DIR}/extension ${CF_OXT_STAGE}
  COMMAND ${CMAKE_COMMAND} -E rm -f ${CF_OXT_STAGE}/description.xml.in
  # The icons' SVG sources stay in the repository; the package holds the PNGs.
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${CF_OXT_STAGE}/icons/src
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_BINARY_DIR}/generated/description.xml ${CF_OXT_STAGE}/description.xml
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${PROJECT_SOURCE_DIR}/dialogs ${CF_OXT_STAGE}/dialogs
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CF_OXT_STAGE}/templates/${CF_TEMPLATE_CATEGORY}"
  COMMAND ${CMAKE_COMMAND} -E copy ${CF_TEMPLATE_FILES} "${CF_OXT_STAGE}/templates/${CF_TEMPLATE_CATEGORY}/"
  COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:cf_uno> ${CF_OXT_STAGE}/
  # The package carries no debug information: the build tree keeps it.
  COMMAND ${CMAKE_STRIP} --strip-debug ${CF_OXT_STAGE}/$<TARGET_FILE_NAME:cf_uno>
  COMMAND ${CMAKE_COMMAND} -E rm -f ${CF_OXT}
  COMMAND ${CMAKE_COMMAND} -E chdir ${CF_OXT_STAGE} ${CMAKE_COMMAND} -E tar cf ${CF_OXT} --format=zip .
  DEPENDS cf_uno ${CF_EXTENSION_FILES} ${CF_TEMPLATE_FILES} ${CMAKE_BINARY_DIR}/generated/description.xml
  COMMENT "Packaging customer-focus.oxt"
  VERBATIM)
add_custom_target(oxt ALL DEPENDS ${CF_OXT})
