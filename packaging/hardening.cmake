# Debian's hardening for every target (what dpkg-buildflags gives a package build), so that
# the binary `make package` ships is the one `make test` tested: position-independent
# executables, stack protector, fortified libc calls, and a read-only GOT resolved at start.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
add_compile_options(-fstack-protector-strong -Wformat -Werror=format-security)
# glibc warns about _FORTIFY_SOURCE without optimisation, which -Werror turns into a failure;
# the sanitizers bring their own checks of the same calls.
if(NOT RECENSION_SANITIZE AND NOT RECENSION_FUZZ)
    add_compile_definitions($<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()
add_link_options("LINKER:-z,relro" "LINKER:-z,now")
