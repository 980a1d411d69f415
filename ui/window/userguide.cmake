# The user guide the window shows (Help › User Guide) is the README's user part followed
# by resources/guide/user-guide.md, so the two never drift apart. Pictures are left out: the
# screenshot lives in the source tree, not in the program.
set(guide_dir ${CMAKE_CURRENT_BINARY_DIR}/guide)
set(guide_file ${guide_dir}/user-guide.md)
add_custom_command(OUTPUT ${guide_file}
    COMMAND ${CMAKE_COMMAND} -DREADME=${PROJECT_SOURCE_DIR}/README.md
            -DGUIDE=${PROJECT_SOURCE_DIR}/resources/guide/user-guide.md -DOUTPUT=${guide_file}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/window/userguidemake.cmake
    DEPENDS ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/resources/guide/user-guide.md
            ${CMAKE_CURRENT_SOURCE_DIR}/window/userguidemake.cmake
    VERBATIM)
qt_add_resources(recension_ui "recension_user_guide"
    PREFIX "/guide"
    BASE ${guide_dir}
    FILES ${guide_file})
