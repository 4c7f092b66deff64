# The LibreOffice SDK as a CMake target: LibreOffice::SDK.
#
# Debian's SDK ships no generated API headers, so cppumaker writes them into
# the build tree from the office's type libraries (about one second).
set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program directory")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK directory")
set(LO_INCLUDE_DIR "/usr/include/libreoffice" CACHE PATH "LibreOffice SDK headers")

find_program(LO_CPPUMAKER cppumaker PATHS ${LO_SDK_DIR}/bin NO_DEFAULT_PATH)
find_program(LO_UNOPKG unopkg PATHS ${LO_PROGRAM_DIR} NO_DEFAULT_PATH)
find_program(LO_SOFFICE_BIN soffice.bin PATHS ${LO_PROGRAM_DIR} NO_DEFAULT_PATH)
if(NOT LO_CPPUMAKER OR NOT EXISTS ${LO_INCLUDE_DIR}/sal/types.h)
  message(FATAL_ERROR "The LibreOffice SDK was not found. Install it with:\n"
    "  apt-get install libreoffice-dev libreoffice-dev-common\n"
    "or configure with -DCF_WITH_OFFICE=OFF to build only the core and its tests.")
endif()

set(LO_TYPE_RDBS ${LO_PROGRAM_DIR}/types.rdb ${LO_PROGRAM_DIR}/types/offapi.rdb)
set(LO_GENERATED_DIR ${CMAKE_BINARY_DIR}/uno-headers)
set(LO_GENERATED_STAMP ${LO_GENERATED_DIR}/.stamp)
add_custom_command(
  OUTPUT ${LO_GENERATED_STAMP}
  COMMAND ${CMAKE_COMMAND} -E rm -rf ${LO_GENERATED_DIR}
  COMMAND ${LO_CPPUMAKER} -Gc -O${LO_GENERATED_DIR} ${LO_TYPE_RDBS}
  COMMAND ${CMAKE_COMMAND} -E touch ${LO_GENERATED_STAMP}
  DEPENDS ${LO_TYPE_RDBS}
  COMMENT "Generating the UNO API headers with cppumaker"
  VERBATIM)
add_custom_target(uno_headers DEPENDS ${LO_GENERATED_STAMP})

add_library(lo_sdk INTERFACE)
add_library(LibreOffice::SDK ALIAS lo_sdk)
add_dependencies(lo_sdk uno_headers)
target_include_directories(lo_sdk SYSTEM INTERFACE ${LO_GENERATED_DIR} ${LO_INCLUDE_DIR})
target_compile_definitions(lo_sdk INTERFACE UNX GCC LINUX CPPU_ENV=gcc3)
target_link_directories(lo_sdk INTERFACE ${LO_SDK_DIR}/lib)
target_link_libraries(lo_sdk INTERFACE uno_cppuhelpergcc3 uno_cppu uno_sal uno_salhelpergcc3)
