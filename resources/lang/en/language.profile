# The commonest words of English news copy, for language detection (app/document/
# languagedetector.h): words separated by spaces, any number a line, lower case.
the of and to in is that for it was on with as at by he she they be are from this
have has had not but or an will said would which their were been who its after about
there than more also into over could when what we our you his her them these those
