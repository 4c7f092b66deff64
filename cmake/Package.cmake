# Packages build/customer-focus.oxt from extension/, dialogs/, templates/ and
# the UNO component. The staging folder build/oxt/ holds exactly what the zip
# holds.
set(CF_OXT ${CMAKE_BINARY_DIR}/customer-focus.oxt CACHE INTERNAL "The built extension")
set(CF_OXT_STAGE ${CMAKE_BINARY_DIR}/oxt)

# Updates: description.xml's update-information names
# <CF_UPDATE_BASE_URL>customer-focus.update.xml, which the build writes into
# build/update/ with the .oxt's download address and the release notes; a
# release publishes that folder's files under the base URL.
set(CF_UPDATE_BASE_URL "https://customerfocus.invalid/update/" CACHE STRING
    "Where the update description, the .oxt and the release notes are published (ends with /)")
if(NOT CF_UPDATE_BASE_URL MATCHES "/$")
  message(FATAL_ERROR "CF_UPDATE_BASE_URL must end with /: ${CF_UPDATE_BASE_URL}")
endif()
set(CF_UPDATE_FEED_NAME customer-focus.update.xml)

# cf_write_description(OUT BASE_URL): description.xml with update-information
# under BASE_URL.
function(cf_write_description out base_url)
  set(CF_UPDATE_URL "${base_url}${CF_UPDATE_FEED_NAME}")
  configure_file(${PROJECT_SOURCE_DIR}/extension/description.xml.in ${out} @ONLY)
endfunction()
# cf_write_update_feed(DIR BASE_URL VERSION): DIR/customer-focus.update.xml,
# offering VERSION for download as BASE_URL/customer-focus-VERSION.oxt, with
# its release notes beside it.
function(cf_write_update_feed dir base_url version)
  set(CF_UPDATE_VERSION ${version})
  set(CF_UPDATE_DOWNLOAD "${base_url}customer-focus-${version}.oxt")
  set(CF_UPDATE_NOTES_EN "${base_url}release-notes-${version}-en.txt")
  set(CF_UPDATE_NOTES_DE "${base_url}release-notes-${version}-de.txt")
  configure_file(${PROJECT_SOURCE_DIR}/extension/update.xml.in ${dir}/${CF_UPDATE_FEED_NAME} @ONLY)
  foreach(lang en de)
    configure_file(${PROJECT_SOURCE_DIR}/extension/description/release-notes-${lang}.txt
                   ${dir}/release-notes-${version}-${lang}.txt COPYONLY)
  endforeach()
endfunction()

cf_write_description(${CMAKE_BINARY_DIR}/generated/description.xml "${CF_UPDATE_BASE_URL}")
cf_write_update_feed(${CMAKE_BINARY_DIR}/update "${CF_UPDATE_BASE_URL}" ${PROJECT_VERSION})

file(GLOB_RECURSE CF_EXTENSION_FILES CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/extension/* ${PROJECT_SOURCE_DIR}/dialogs/*)
list(FILTER CF_EXTENSION_FILES EXCLUDE REGEX "\\.in$")

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
  COMMAND ${CMAKE_COMMAND} -E rm -f ${CF_OXT_STAGE}/description.xml.in ${CF_OXT_STAGE}/update.xml.in
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
# The LibreOffice libraries the component links are found in the office's
# program folder, never through a path of the build machine's SDK.
set_target_properties(cf_uno PROPERTIES SKIP_BUILD_RPATH ON)

# The published copy of the package beside update.xml.
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/update/customer-focus-${PROJECT_VERSION}.oxt
  COMMAND ${CMAKE_COMMAND} -E copy ${CF_OXT} ${CMAKE_BINARY_DIR}/update/customer-focus-${PROJECT_VERSION}.oxt
  DEPENDS ${CF_OXT}
  VERBATIM)
add_custom_target(update_feed ALL DEPENDS ${CMAKE_BINARY_DIR}/update/customer-focus-${PROJECT_VERSION}.oxt)
# Every target that uses the package waits for the one that makes it: with
# the file alone as a dependency, Make would run the packaging in each of
# them, and two runs at once (-j2) pull the staging folder from under each
# other.
add_dependencies(update_feed oxt)

# For the update test: the same package whose update-information points at a
# local folder, build/update-test/feed/, that offers the next patch version
# (update.xml written by the same template, and that version's .oxt).
set(CF_UPDATE_TEST_DIR ${CMAKE_BINARY_DIR}/update-test)
set(CF_UPDATE_TEST_FEED_URL "file://${CF_UPDATE_TEST_DIR}/feed/")
math(EXPR CF_NEXT_PATCH "${PROJECT_VERSION_PATCH} + 1")
set(CF_UPDATE_TEST_VERSION "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${CF_NEXT_PATCH}")
set(CF_UPDATE_TEST_OXT ${CF_UPDATE_TEST_DIR}/customer-focus.oxt CACHE INTERNAL "The package the update test installs")
cf_write_description(${CF_UPDATE_TEST_DIR}/description.xml "${CF_UPDATE_TEST_FEED_URL}")
set(CF_UPDATE_TEST_NEXT_DESCRIPTION ${CF_UPDATE_TEST_DIR}/next/description.xml)
block()
  set(PROJECT_VERSION ${CF_UPDATE_TEST_VERSION})
  cf_write_description(${CF_UPDATE_TEST_NEXT_DESCRIPTION} "${CF_UPDATE_TEST_FEED_URL}")
endblock()
cf_write_update_feed(${CF_UPDATE_TEST_DIR}/feed "${CF_UPDATE_TEST_FEED_URL}" ${CF_UPDATE_TEST_VERSION})
set(CF_UPDATE_TEST_NEXT_OXT ${CF_UPDATE_TEST_DIR}/feed/customer-focus-${CF_UPDATE_TEST_VERSION}.oxt)
add_custom_command(
  OUTPUT ${CF_UPDATE_TEST_OXT} ${CF_UPDATE_TEST_NEXT_OXT}
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${CF_UPDATE_TEST_DIR}/stage
  COMMAND ${CMAKE_COMMAND} -E copy_directory ${CF_OXT_STAGE} ${CF_UPDATE_TEST_DIR}/stage
  COMMAND ${CMAKE_COMMAND} -E copy ${CF_UPDATE_TEST_DIR}/description.xml ${CF_UPDATE_TEST_DIR}/stage/
  COMMAND ${CMAKE_COMMAND} -E rm -f ${CF_UPDATE_TEST_OXT}
  COMMAND ${CMAKE_COMMAND} -E chdir ${CF_UPDATE_TEST_DIR}/stage ${CMAKE_COMMAND} -E tar cf ${CF_UPDATE_TEST_OXT} --format=zip .
  COMMAND ${CMAKE_COMMAND} -E copy ${CF_UPDATE_TEST_NEXT_DESCRIPTION} ${CF_UPDATE_TEST_DIR}/stage/
  COMMAND ${CMAKE_COMMAND} -E rm -f ${CF_UPDATE_TEST_NEXT_OXT}
  COMMAND ${CMAKE_COMMAND} -E chdir ${CF_UPDATE_TEST_DIR}/stage ${CMAKE_COMMAND} -E tar cf ${CF_UPDATE_TEST_NEXT_OXT} --format=zip .
  DEPENDS ${CF_OXT} ${CF_UPDATE_TEST_DIR}/description.xml ${CF_UPDATE_TEST_NEXT_DESCRIPTION}
  COMMENT "Packaging the update test's packages"
  VERBATIM)
add_custom_target(update_test_oxt DEPENDS ${CF_UPDATE_TEST_OXT} ${CF_UPDATE_TEST_NEXT_OXT})
add_dependencies(update_test_oxt oxt)

# The Debian package for administrators: the unpacked extension where Debian
# keeps the extensions bundled with LibreOffice, which every user's office
# takes up at its next start (libreoffice-common's trigger on that folder
# tells running offices). `cmake --build build --target deb` (or building
# its test) writes
# build/customer-focus_<version>_amd64.deb.
set(CF_DEB_EXTENSION_DIR lib/libreoffice/share/extensions/customer-focus)
# cpack installs only what the package holds, the staged extension: without
# this it would build everything first (the tests among it).
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
install(DIRECTORY ${CF_OXT_STAGE}/ DESTINATION ${CF_DEB_EXTENSION_DIR} COMPONENT extension
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ
        DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                              WORLD_READ WORLD_EXECUTE)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME customer-focus)
set(CPACK_PACKAGE_VENDOR "${CF_PUBLISHER}")
set(CPACK_PACKAGE_CONTACT "${CF_PUBLISHER} <${CF_PUBLISHER_URL}>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Customer Focus extension for LibreOffice Writer and Calc")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Customer Focus extension for LibreOffice Writer and Calc\n"
    "Puts Peter Drucker's customer questions to work: a Customer Focus sidebar,\n"
    "focus checks and a planning worksheet in Writer, and value matrices built\n"
    "from a feedback table in Calc. Installed for every user of this machine.")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE amd64)
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CF_PUBLISHER_URL}")
# The office it extends, and the libraries the component links, found with
# dpkg-shlibdeps in the office's program folder (libuno-*, libc6, libstdc++6).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libreoffice-core (>= 4:7.4)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libreoffice-writer (>= 4:7.4), libreoffice-calc (>= 4:7.4)")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${LO_PROGRAM_DIR})
set(CPACK_DEB_COMPONENT_INSTALL OFF)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR})
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/_CPack_Packages_root)
include(CPack)
set(CF_DEB ${CMAKE_BINARY_DIR}/customer-focus_${PROJECT_VERSION}_amd64.deb CACHE INTERNAL "The built Debian package")
add_custom_command(
  OUTPUT ${CF_DEB}
  COMMAND cpack --config ${CMAKE_BINARY_DIR}/CPackConfig.cmake -G DEB
  DEPENDS ${CF_OXT}
  WORKING_DIRECTORY ${CMAKE_BINARY_DIR}
  COMMENT "Packaging customer-focus_${PROJECT_VERSION}_amd64.deb"
  VERBATIM)
add_custom_target(deb DEPENDS ${CF_DEB})
add_dependencies(deb oxt)
