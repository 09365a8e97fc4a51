# SPDX-License-Identifier: GPL-2.0-or-later
# Configures, builds and runs the KF5 adapter test project; fails on any step.
foreach(step configure build run)
    if(step STREQUAL "configure")
        set(cmd ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${BINARY_DIR} -G ${GENERATOR}
                -DCMAKE_BUILD_TYPE=Release -DADAPTER_DIR=${ADAPTER_DIR})
    elseif(step STREQUAL "build")
        set(cmd ${CMAKE_COMMAND} --build ${BINARY_DIR})
    else()
        set(cmd ${BINARY_DIR}/ksyntax_adapter_test)
    endif()
    execute_process(COMMAND ${cmd} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "KSyntaxHighlighting adapter test: ${step} failed (${result})")
    endif()
endforeach()
