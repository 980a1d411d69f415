# Run by CPack after it built the packages (CPACK_POST_BUILD_SCRIPTS). CMake 3.25's -dbgsym
# package lists its file by its path in the build folder in md5sums and has no doc folder;
# this rebuilds it the way debhelper makes one: the md5sums of the files it holds, and
# /usr/share/doc/PACKAGE-dbgsym a link to the program's own (whose exact version it needs).
# The packages are still in CPack's staging folder, beside the files it names.
set(ddebs "")
foreach(package_file IN LISTS CPACK_PACKAGE_FILES)
    get_filename_component(staging "${package_file}" DIRECTORY)
    file(GLOB found "${staging}/*-dbgsym_*.ddeb")
    list(APPEND ddebs ${found})
endforeach()
list(REMOVE_DUPLICATES ddebs)
foreach(ddeb IN LISTS ddebs)
    get_filename_component(staging "${ddeb}" DIRECTORY)
    set(root "${staging}/_dbgsym_root")
    file(REMOVE_RECURSE "${root}")
    execute_process(COMMAND dpkg-deb -R "${ddeb}" "${root}" COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND dpkg-deb -f "${ddeb}" Package OUTPUT_VARIABLE package
                    OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
    string(REGEX REPLACE "-dbgsym$" "" program "${package}")
    file(MAKE_DIRECTORY "${root}/usr/share/doc")
    file(CREATE_LINK "${program}" "${root}/usr/share/doc/${package}" SYMBOLIC)
    execute_process(COMMAND find usr -type f -exec md5sum {} +
                    WORKING_DIRECTORY "${root}" OUTPUT_FILE "${root}/DEBIAN/md5sums"
                    COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND dpkg-deb --root-owner-group --build "${root}" "${ddeb}"
                    OUTPUT_QUIET COMMAND_ERROR_IS_FATAL ANY)
    file(REMOVE_RECURSE "${root}")
endforeach()
