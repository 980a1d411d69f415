# Die häufigsten Wörter deutscher Nachrichtentexte, für die Spracherkennung
# (app/document/languagedetector.h): durch Leerzeichen getrennt, klein geschrieben.
der die das und ist nicht ein eine zu den dem des mit sich auf für von im auch es
an werden wird aus er sie nach bei wie dass noch hat sind war um über oder zum zur
einen einer wurde haben am vom bis sei seit sagte soll schon nur man wir ihre seine
