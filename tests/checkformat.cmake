# SPDX-License-Identifier: GPL-2.0-or-later
# Fails when a C++ source under app/, lib/, tests/ or tools/ differs from what clang-format makes of it
# with the repository's .clang-format.
file(GLOB_RECURSE sources
    ${ROOT}/app/*.cpp ${ROOT}/app/*.h
    ${ROOT}/lib/*.cpp ${ROOT}/lib/*.h
    ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h
    ${ROOT}/tools/*.cpp ${ROOT}/tools/*.h)
set(unformatted "")
foreach(source IN LISTS sources)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${source}
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        list(APPEND unformatted ${source})
    endif()
endforeach()
if(unformatted)
    list(JOIN unformatted "\n  " listed)
    message(FATAL_ERROR "Not clang-formatted (run clang-format -i):\n  ${listed}")
endif()
