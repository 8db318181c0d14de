# cmake -DFROM=<staged demo package 2.0> -DTO=<folder> -P StageDemoPackage10.cmake
# Makes the package of Demo Notes 1.0 (what scripts/start-demo-notes-1.0.sh installs) from the
# staged 2.0 package: the same program, the 1.0 manifest version, version.txt and word list.
file(REMOVE_RECURSE "${TO}")
file(COPY "${FROM}/" DESTINATION "${TO}")
file(READ "${TO}/manifest.json" manifest)
string(REGEX REPLACE "\"version\": *\"2\\.0\"" "\"version\": \"1.0\"" manifest "${manifest}")
file(WRITE "${TO}/manifest.json" "${manifest}")
file(WRITE "${TO}/payload/share/demo-notes/version.txt" "1.0\n")
file(WRITE "${TO}/payload/share/demo-notes/words.txt"
     "# Demo Notes word list, version 1\napple\nbook\ncandle\ngarden\nletter\nmorning\npencil\n"
     "river\nwindow\nwinter\n")
