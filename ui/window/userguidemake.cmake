# cmake -DREADME=... -DGUIDE=... -DOUTPUT=... -P userguidemake.cmake
# Writes the guide: a title, the README's "What you see" section, then resources/guide/user-guide.md.
file(READ ${README} readme)
string(FIND "${readme}" "\n## What you see" start)
if(start EQUAL -1)
    message(FATAL_ERROR "README.md has no '## What you see' section for the user guide")
endif()
string(SUBSTRING "${readme}" ${start} -1 section)
string(SUBSTRING "${section}" 1 -1 section)
string(FIND "${section}" "\n## " next)
string(SUBSTRING "${section}" 0 ${next} section)
string(REGEX REPLACE "!\\[[^]]*\\]\\([^)]*\\)\n*" "" section "${section}")
file(READ ${GUIDE} guide)
file(WRITE ${OUTPUT} "# Recension User Guide\n\n${section}\n${guide}")
