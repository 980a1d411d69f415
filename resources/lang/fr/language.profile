# Les mots les plus fréquents des dépêches en français, pour reconnaître la langue
# (app/document/languagedetector.h) : séparés par des espaces, en minuscules.
le la les de des du et est un une que qui dans pour pas sur au aux par il elle ils
ce cette ne se sont avec plus été ont mais ou leur selon son sa ses lors être a l
d qu n s c j y en nous vous depuis après aussi très fait
