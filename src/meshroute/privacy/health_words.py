# ruff: noqa: RUF001, RUF002
"""Illnesses, treatments and health events in the languages of the name rules.

A first name alone is personal data next to a health condition ("Mio nonno Peppino ha avuto un
ictus", "Как поддержать Серёжу? У него обнаружили рак лёгких"); the deep scan's own health terms
(``patterns.HEALTH_TERMS``) are mostly English. These words make the context around a lone or
lower-case name (``gazetteer._ContextWords``) and the private context of a likely-public name
(``private_context.py``); they do not make a MEDICAL entity by themselves. Written by hand, as
the other cue lists: no package lists such words across these languages.
"""

from __future__ import annotations

from meshroute.privacy.word_lists import WordList

__all__ = ["HEALTH", "HEALTH_WORDS"]

HEALTH_WORDS = (
    # conditions
    r"diabet\w{0,5}|cukrzyc\w{1,2}|cukrovk\w{1,2}|cukorbeteg\w{0,6}|диабет\w{0,2}|діабет\w{0,2}|"
    r"διαβήτη\w{0,1}|ζάχαρο|zaxaro|zacharo|sakxaro|diyabet\w{0,3}|sokeritau\w{1,4}|"
    r"sukkersyke|sockersjuk\w{0,3}|suikerziekte|"
    r"cancer\w{0,2}|cancro|krebs\w{0,2}|kanker|nowotw[oó]r\w{0,3}|rakovin\w{1,2}|syöpä\w{0,3}|"
    r"kanser\w{0,3}|καρκίν\w{1,2}|onkolog\w{0,4}|leucemi\w{1,2}|leukämie|białacz\w{1,2}|"
    r"depres\w{1,5}|депресс\w{1,3}|депрес\w{1,3}|κατάθλιψ\w{1,2}|masennu\w{1,4}|"
    r"ansiedad|anxiété|ansia|angststörung|lęk\w{0,3}|тревожн\w{1,3}|pánik\w{0,4}|panik\w{0,4}|"
    r"burn-?out|wypaleni\w{1,2}|demen\w{1,4}|деменц\w{1,2}|άνοια|alzheimer\w{0,3}|parkinson\w{0,3}|"
    r"epilep\w{1,5}|эпилепс\w{1,2}|епілепс\w{1,2}|επιληψ\w{1,2}|padaczk\w{1,2}|"
    r"asthm\w{0,2}|astm\w{1,2}|астм\w{1,2}|άσθμα|astım\w{0,3}|"
    r"ictus|schlaganfall\w{0,2}|udar\w{0,2}|mrtvic\w{1,2}|инсульт\w{0,2}|інсульт\w{0,2}|"
    r"εγκεφαλικ\w{1,2}|inme|aivohalvau\w{1,3}|beroerte|stroke|infarkt\w{0,3}|infarto|"
    r"herzinfarkt\w{0,2}|инфаркт\w{0,2}|інфаркт\w{0,2}|"
    r"pneumoni\w{1,2}|polmonite|lungenentzündung|longontsteking|zapaleni\w{1,2}|пневмон\w{1,3}|"
    r"πνευμονία|zatürre\w{0,3}|keuhkokuum\w{1,4}|lunginflammation|lungebetændelse|"
    r"sclérose|sclerosi|sklerose|skleroz\w{0,3}|stwardnieni\w{1,2}|склероз\w{0,2}|"
    r"hiv|vih|вич|віл|aids|sida|хепатит|hepatit\w{0,3}|epatite|hépatite|"
    r"mononucleo\w{1,3}|mononukleo\w{1,3}|borelio\w{1,3}|borrelio\w{1,3}|angín\w{1,2}|angin\w{1,2}|"
    r"grypa|grypę|gripe|gripă|influenz\w{1,2}|covid\w{0,3}|koronawirus\w{0,2}|"
    r"tumou?r\w{0,2}|tumeur|tumore|опухол\w{1,2}|guz\w{0,2}|"
    r"autis\w{1,4}|аутизм\w{0,2}|otizm\w{0,4}|adhd|tdah|anorex\w{1,4}|anoreks\w{1,4}|bulimi\w{1,2}|"
    r"schizofren\w{1,4}|shizofren\w{1,4}|шизофрен\w{1,3}|bipolar\w{0,3}|biegunk\w{1,2}|"
    r"migren\w{1,2}|migräne|migraine|мигрен\w{1,2}|αλλεργ\w{1,3}|allerg\w{1,4}|alerg\w{1,4}|"
    r"аллерг\w{1,4}|алерг\w{1,4}|"
    # treatment, events
    r"chemio\w{0,6}|chemo\w{0,6}|химиотерап\w{1,2}|dialis\w{1,2}|dialys\w{1,2}|dializ\w{1,2}|"
    r"диализ\w{0,2}|operacj\w{1,2}|opération|operazione|operatie|операци\w{1,2}|"
    r"ameliyat\w{0,4}|leikkau\w{1,4}|χειρουργ\w{1,4}|chirurg\w{0,4}|reabilita\w{1,4}|"
    r"rehabilita\w{1,4}|reabilitaç\w{1,3}|terapi\w{0,3}|therap\w{1,4}|терапи\w{1,2}|"
    r"insulin\w{0,2}|инсулин\w{0,2}|antidepres\w{1,6}|antybiotyk\w{0,2}|antibiotic\w{0,2}|"
    r"antibiotik\w{0,3}|антибиотик\w{0,2}|антибіотик\w{0,2}|"
    r"diagnos\w{0,6}|diagnóstico|diagnoz\w{0,4}|diagnosztiz\w{1,6}|диагноз\w{0,2}|діагноз\w{0,2}|"
    r"διάγνωσ\w{1,2}|teşhis\w{0,3}|tanı|todettiin|diagnostikov\w{1,4}|"
    r"embaraz\w{1,3}|grávida|gravidanza|incinta|schwanger\w{0,5}|zwanger\w{0,5}|enceinte|"
    r"ciąż\w{1,2}|těhotn\w{1,3}|беременн\w{1,3}|вагітн\w{1,3}|έγκυ\w{1,2}|hamile|raskaa\w{1,3}|"
    r"gravid|krankgeschrieben|arbeitsunfähig|chorob\w{1,3}|maladie|malattia|enfermedad|doença|"
    r"nemoc\w{0,2}|betegség\w{0,3}|boal\w{1,3}|болезн\w{1,2}|хвороб\w{1,2}|ασθένει\w{1,2}|"
    r"hastalı\w{1,4}|sairau\w{1,4}|sygdom\w{0,3}|sjukdom\w{0,3}|ziekte|"
    r"szpital\w{0,3}|ospedal\w{1}|krankenhaus\w{0,2}|hôpital\w{0,1}|"
    r"hospital\w{0,3}|больниц\w{1,2}|лікарн\w{1,2}|νοσοκομεί\w{1,2}|hastane\w{0,4}|"
    r"sairaala\w{0,3}|kórház\w{0,4}|nemocnic\w{1,2}|spital\w{0,3}|ziekenhuis|sjukhus\w{0,2}|"
    r"sykehus\w{0,2}|sygehus\w{0,2}|"
    r"idées noires|ataques? de pánico|attacchi di panico|приступ\w{0,2}|napad\w{0,2}|"
    r"raka|rakiem|rakowi|рак\w{0,2}|kidney stones?|böbrek taşı|kamienie nerkowe|"
    r"przeziębieni\w{1,2}|horeč\w{1,3}|gorączk\w{1,2}|fièvre|febbre|fiebre|fieber|koorts|"
    r"температур\w{1,2}|lääkär\w{1,3}|doktor\w{0,3}|lekarz\w{0,2}|lékař\w{0,2}|врач\w{0,2}|"
    r"лікар\w{0,2}|γιατρ\w{1,2}|orvos\w{0,3}|médico|médecin|medico|arzt|ärztin|dokter|läkare|læge"
)
HEALTH = WordList(HEALTH_WORDS)
