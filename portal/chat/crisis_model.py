"""The crisis layer's learned second net (DESIGN.md § 8, issue 10).

The rules in portal/chat/crisis.py come first and explain every decision; they are precise
but miss new indirect phrasings ("I gave my guitar away, I won't need it"). This net is a
binary text classifier that runs only when the rules say `none`. Above THRESHOLD it gives
`concern` (the gentle question and the emergency contacts), never a bare crisis verdict:
the model can be wrong, and asking costs little.

Model: TF-IDF on character n-grams (char 2-5, across word boundaries since the eighth round),
on words (1-2) and, since the eighteenth round, on word pairs and triples with time words as one
class (since the nineteenth also close persons and violent acts: word_classes()), all on text with
æ/ø/å and ae/oe/aa folded to one letter, and a class-weighted linear SVM; the score is its
margin (above 0 leans to crisis). Pure scikit-learn, trained at first use (cached per
process, before gunicorn forks; about 3-4 s of CPU on a busy 2-core machine) on:

  positives  the `crisis` examples of bot/data/nlu.yml, the crisis messages of
             bench/data/crisis_probes.yml (the rule author's development data), the
             `crisis:` part of bot/data/crisis_training.yml, crisis_training_more.yml and
             crisis_training_4.yml (written by kind, issue 10 fourth round),
             crisis_training_8.yml (eighth round), crisis_training_9.yml (ninth),
             crisis_training_10.yml (tenth), crisis_training_11.yml (eleventh),
             crisis_training_12.yml (twelfth), crisis_training_13.yml (thirteenth), the
             crowd file crisis_crowd14.yml (fourteenth), crisis_training_15.yml and the
             crowd file crisis_crowd15.yml (fifteenth), crisis_training_16.yml and the
             crowd file crisis_crowd16.yml (sixteenth; weighted by writer, WRITER_ALPHA),
             crisis_crowd17.yml (seventeenth), crisis_training_18.yml and the crowd
             file crisis_crowd18.yml (eighteenth), crisis_training_19.yml and the crowd
             file crisis_crowd19.yml (nineteenth), the crowd file crisis_crowd20.yml
             (twentieth; crisis_training_20.yml's everyday half only), the crowd file
             crisis_crowd21.yml (twenty-first; crisis_training_21.yml's everyday half
             only) and the crisis
             lines of the seen bench sets (BENCH_TRAINING, since the seventh round;
             crisis_fresh7 since the eighth, crisis_fresh8 since the ninth, crisis_fresh9
             since the tenth, crisis_fresh10 since the eleventh, crisis_fresh11 since the
             twelfth, crisis_fresh12 since the thirteenth, crisis_fresh13 since the
             fourteenth, crisis_fresh14 since the fifteenth, crisis_fresh15 since the
             sixteenth, crisis_fresh16 since the seventeenth, crisis_fresh17 since the
             eighteenth, crisis_fresh18 since the nineteenth, crisis_fresh19 since the
             twentieth, crisis_fresh20 since the twenty-first);
  negatives  every other example of bot/data/nlu.yml, the probes' harmless messages, the
             `harmless:` parts of the training files (crisis_training_14.yml's only, since
             the fourteenth round: HARMLESS_ONLY) and of the seen bench sets (hard
             look-alikes), and since the eleventh round the seen situation descriptions and
             conversation turns (everyday_rows(), less what tells a danger).

Hard negatives weigh 2, nlu.yml's everyday examples 0.5 (WEIGHTS), and a long harmless
line also gives its windows as harmless examples (training_set()). The lines of
NEVER_TRAIN (crisis_fresh21.yml, the final unseen stand-in) are never trained on, from any
source. A long message is scored on the whole and on windows of WINDOW words (the highest
score counts), so a crisis clause in a long message is not drowned by the rest.

Twenty-first round (issue 10): round 20 and crisis_crowd21 trained on; image words as a class and an
own file's crisis half measured and not kept. crisis_fresh20 (round 20, measured once unseen: net
alone 78.8 %, 5 net alarms of 440; layer 89.8 %) is trained on; understanding_heldout20 and
conversations_fresh17 join the everyday negatives (read by eye: the three descriptions the rules
flag left out by index, the three danger conversations whole); round 20 and crisis_crowd21 are
folds of their own. Leave one round out on the sixteen newest writers (crisis_fresh12 to
crisis_fresh20 with their round's descriptions, turns and intent lines; crisis_crowd14 to
crisis_crowd20 whole: 4,623 crisis lines, 2,303 English), net alone, net_text frozen at b9f870f:

                                           at 0.6: lines  alarms  da / en        at 15 / 25 / 40
  vectorizers per fold (training part only)
    round 20 in (base)                     3,818 (82.6 %) 42      1,934 / 1,884  3,108  3,404  3,726
  vectorizers fitted once on every text (the shortcut: ranks variants only)
    round 20 in (base)                     3,725 (80.6 %) 29      1,900 / 1,825  3,455  3,659  3,870
    + crisis_training_21.yml whole         3,725 (80.6 %) 29      1,901 / 1,824  3,476  3,649  3,878
    image words as a class (xbil)          3,720 (80.5 %) 28      1,900 / 1,820  3,461  3,660  3,880

Per fold, round 20 held out is 288 of 364 for 5 look-alike alarms, the figures it measured unseen
(287, 5): the honest base again reads a new writer as the unseen bench does. Round 20 out of fold
(per fold) by category: despair da 3/7, en 5/8; farewell da 7/9, en 5/9; suicidal_indirect da
24/30, en 15/24; self_harm en 7/11; mid_screening da 10/17, en 10/15. Image words (tunnel, fog,
dark, drowning, empty, heavy, hole, wall, candle, battery, curtain, chapter, ... folded, both
languages) as the token "xbil" in the third block beside xtid/xper/xakt, so "xbil" pairs with the
first person and a negation: +6 / +1 / +10 at the matched counts, -5 lines at 0.6 (English -5)
for one alarm fewer: within noise, not kept. crisis_training_21.yml (own lines by kind after round
20's misses: 38 English and 33 Danish crisis lines, 30 and 25 everyday) whole: +21 / -10 / +8,
the same at 0.6 (round 20's fold, read for the file's kinds, 282 -> 285; the fifteen other writers
-3): mixed, so only its everyday half is trained on (HARMLESS_ONLY, as files 14, 17 and 20; the
half alone was not run, time). Not run this round (time; ~25 min a variant at load ~15): char
n-grams on the class text, a first-person class, C. A calibrated probability is a monotone map
of the margin (the same curve). THRESHOLD stays 0.6.
The crowd file crisis_crowd21.yml (171 crisis lines, 269 look-alikes, seven personas) scored
before it was read: the round's start (b9f870f, round 20 not trained on) net alone 143/171
(83.6 %; da 75/86, en 68/85), 1 of 269 net alarms; layer 156/171 (91.2 %), 14 alarms (all the
rules'); this round's code before it (round 20 in, file 21's everyday half) net 142/171 (83.0 %;
da 75/86, en 67/85), 1 alarm; layer 155/171 (90.6 %; da 80/86, en 75/85), 14 alarms (the rules',
on the working tree's rules at 01:40; the file as committed in e7857b2). Then it is trained on and
is a fold of its own (CROWD_FOLDS; not yet run as a fold); the crisis rules' engineer moved three
denied crisis words of a screening answer to crisis (f08ac08, in its header: 174 and 266 now).
Cost: training 23.2 s CPU at load ~15, peak RSS of a process that trains and scores 1,155 MiB
(67,585 texts; the round's start 22.3 s and 1,094 MiB measured the same way this session): the
new data alone, no new feature, is above the ~1.1 GiB this net keeps to by ~30 MiB.
In sample (the round's start, b9f870f, against this net, net alone at 0.6 on the raw lines):
crisis_fresh20 288 -> 362 of 364 and 5 -> 0 net alarms of 440, crisis_crowd21 143 -> 173 of 174
and 1 -> 0 of 266; every other seen crisis set, crowd file and the probes within -2..+2 lines
(crisis_fresh4 257 -> 255, probes 450 -> 452); all of them 8,050 -> 8,157 of 8,234, their
look-alikes 7 -> 1 of 10,542 net alarms (crisis_crowd18's one stays).

Twentieth round (issue 10): round 19 and crisis_crowd20 trained on, the folds' vectorizers fitted
on the training part only. crisis_fresh19 (round 19, measured once unseen: net alone 76.4 %, 7 net
alarms of 445; layer 86.1 %) is trained on; understanding_heldout19 and conversations_fresh16 join
the everyday negatives (read by eye: a daughter who cuts herself and "everything is just too much"
left out by index, the three danger conversations whole); round 19 and crisis_crowd20 are folds of
their own. Leave one round out on the fourteen newest writers (crisis_fresh12 to crisis_fresh19
with their round's descriptions, turns and intent lines; crisis_crowd14 to crisis_crowd19 whole:
4,076 crisis lines, 2,033 English), net alone, net_text frozen at 22:00 UTC:

                                           at 0.6: lines  alarms  English  at 15 / 25 / 40 alarms
  vectorizers per fold (training part only)
    round 19 in (base)                     3,375 (82.8 %) 44      1,663    2,805  3,130  3,327
    + crisis_training_20.yml whole         3,377 (82.9 %) 49      1,665    2,750  3,089  3,312
  vectorizers fitted once on every text (as in the nineteenth round)
    round 19 in (base)                     3,293 (80.8 %) 23      1,613    3,127  3,333  3,462
    + crisis_training_20.yml whole         3,295 (80.8 %) 22      1,613    3,117  3,315  3,465
    + its everyday half only               3,294 (80.8 %) 23      1,612    3,123  3,350  3,463
    + file 20 whole, ending and negation   3,299 (80.9 %) 24      1,617    3,112  3,301  3,416
      words as classes (not kept)

The caveat of the nineteenth round holds: fitting the vectorizers on every text, the held-out
lines included (vocabulary and idf, no labels), flatters the curve at matched alarms (+322 / +203
/ +135 lines at 15 / 25 / 40) and halves the alarms at 0.6; per fold, fitted on the training part
only (what leave_one_round_out() does, and what a new writer meets), round 19 held out is 281 of
368 for 7 look-alike alarms: the very figures round 19's net measured unseen (281, 7), where the
shortcut says 274 and 5. So the per-fold figures are the honest ones; the shortcut is kept only to
rank variants against each other (the same bias on both sides), at about a third of the cost.
crisis_training_20.yml (own lines by kind after round 19's layer misses: 62 English and 44 Danish
crisis lines, 26 and 19 everyday) whole is below the base at every matched count with the
vectorizers per fold (-55 / -41 / -15) and adds 5 alarms at 0.6 for 2 lines; with the shortcut its
everyday half alone is at or near the base (-4 / +17 / +1) and above the whole file at 15 and 25:
only its everyday half is trained on (HARMLESS_ONLY, as files 14 and 17). Round 19 held out (the
file was written after reading its misses, so this fold is partly tuned) moved 281 -> 280. Word
classes for ending and leaving words and for negations (xend, xneg) beside the nineteenth round's
classes: +4 lines at 0.6 for 2 more alarms, below at every matched count: not kept; a class for
arrangements and the first person were not run to the end (time). English is not under-weighted
in training (5,995 English crisis lines against 6,005 Danish, each seen set's categories in both
languages alike), so no language weight. Round 19 out of fold by category (per fold, base), English
net alone: suicidal_indirect 13/24, farewell 2/9, despair 3/8, relative_now 9/13, self_harm 8/10:
nothing measured here lifts them on a writer the net has not read. A calibrated probability is a
monotone map of the margin (the same ranking and curve) and was not built. THRESHOLD stays 0.6.
The crowd file crisis_crowd20.yml (183 crisis lines, 279 look-alikes, seven personas) scored
before it was read: the round's start (round 19 not trained on) net alone 143/183, 2 of 279 net
alarms; this round's code before it (round 19 in, file 20 whole) net 144/183 (78.7 %; da 72/93,
en 72/90), 2 alarms; layer 158/183 (86.3 %), 8 alarms (all 8 the rules', on the rules of the
working tree at 22:40, another engineer's work in progress). Then it is trained on (read by kind:
no label breaks the convention, a past told as over, a danger denied and idioms are harmless) and
is a fold of its own (CROWD_FOLDS; not yet run as a fold).
Cost at load ~13: training 20.2 s CPU, peak RSS of a process that trains and scores 1,092 MiB (the
round's start 18.6 s). In sample (the round's start against this net, net alone at 0.6 on the raw
lines): crisis_fresh19 281 -> 361 of 368 and 7 -> 0 net alarms of 445, crisis_crowd20 143 -> 183
of 183 and 2 -> 0 of 279, understanding_heldout19 1 -> 0 of 115; every other seen crisis set and
crowd file within -1..+1 lines (crisis_fresh7 240 -> 239, crisis_fresh4 256 -> 257); all seen
crisis sets and crowd files 7,051 -> 7,170 of 7,233, their look-alikes 10 -> 1 of 9,418 net
alarms, the 3,993 seen descriptions and turns 1 -> 0.

Nineteenth round (issue 10): close persons and violent acts as classes in the third block.
crisis_fresh18 (round 18, measured once unseen: net alone 80.5 %, 4 net alarms of 439; layer
87.8 %) is trained on; understanding_heldout18 and conversations_fresh15 join the everyday
negatives (read by eye: nothing left out by index; the three danger conversations whole); round 18
and crisis_crowd19 are folds of their own (bench/crisis_folds.py). Leave one round out on the
twelve newest writers (crisis_fresh12 to crisis_fresh18 with their round's descriptions, turns and
intent lines; crisis_crowd14 to crisis_crowd18 whole: 3,536 crisis lines), net alone; the
vectorizers fitted once on every text (held-out ones too: vocabulary and idf, no labels) and the
SVM per fold (leave_one_round_out() refits all per fold, ~45 min a variant at load 13 here), so
the rows compare with each other, not with the earlier rounds' tables:

                                      at 0.6: lines  alarms  English   at 15 / 25 / 40 alarms
  round 18 in (base)                  2,779 (78.6 %) 17      1,357     2,763  2,926  2,983
  apostrophes folded away (not kept)  2,794 (79.0 %) 17      1,372     2,724  2,924  3,025
  + crisis_training_19.yml whole      2,778          16      1,356     2,755  2,913  2,997
  + crisis_training_19.yml everyday   2,773          16      1,354     2,749  2,917  2,988
  persons and acts as classes         2,785 (78.8 %) 15      1,363     2,795  2,934  3,020
  classes + file 19 whole (this)      2,786 (78.8 %) 14      1,367     2,792  2,919  3,042

(English of 1,766 lines; alarms on the folds' look-alikes, descriptions, turns and intent lines.)
The classes: a close person or a role (partner, relative, flatmate, landlord, boss; Danish and
English, folded) as the token "xper" and a violent act done to someone (hit, shoved, choked,
dragged, slog, skubbede, kvalte, truede, ...) as "xakt", beside the time class, in the word pairs
and triples (word_classes()): "my xper xakt me" is one shape whatever person or act a writer
names. Above the base at every matched count (+32 / +8 / +37) and at 0.6 for 2 fewer alarms; per
fold mixed within 1-4 lines, English +6 at 0.6 (violence en 73 -> 74 of 90, da 74 -> 72 of 85).
Apostrophes folded away ("won't" = "wont") helped English at 0.6 but cost 39 lines at 15 alarms:
not kept. crisis_training_19.yml (own lines by kind after round 18's layer misses, 114 crisis,
38 everyday) is mixed: with the classes -3 / -15 / +22 lines at 15 / 25 / 40 and +1 at 0.6 for
one alarm fewer, the crowds (never read by its writer) 775 -> 780 at 0.6; its everyday half alone
is below the base at every count. Trained on whole, within noise. Not measured again: an SVM
ensemble, negation marks, crisis halves of mixed files, WRITER_ALPHA 0.75 (earlier rounds);
English is not under-weighted in training (5,667 English crisis lines against 5,679 Danish, and
fewer English everyday lines), so no language weight was built. THRESHOLD stays 0.6.
The crowd file crisis_crowd19.yml (172 crisis lines, 257 look-alikes, a new blind voice in seven
personas) scored before it was read: the round-18 net (HEAD before this round) net alone 142/172
(82.6 %; da 74/87, en 68/85), 5 of 257 net alarms; layer 147/172 (85.5 %), 15 alarms (14 the
rules'); this round's code before it and file 19 (round 18 in, the classes) net 143/172 (en
69/85), 5 alarms; layer 148/172, 15 alarms. Then it is trained on (no label breaks the
convention: a suicidal past told as over, "ikke akut" beside a danger kept as crisis, idioms and
grief as harmless) and is a fold of its own (CROWD_FOLDS).
Cost at load ~13: training 20.3 s CPU, peak RSS of a process that trains 1,051 MiB (the round's
start 20.0 s, 1,018 MiB). In sample (no estimate; the round's start, 8dc67b0, against this net,
net alone at 0.6 on the raw lines): crisis_fresh18 300 -> 369 of 369 and 4 -> 0 net alarms of
439, crisis_crowd19 143 -> 172 of 172 and 3 -> 0 of 257; every other seen crisis set and crowd
file unchanged but crisis_fresh4 259 -> 258 of 262; 0 net alarms on every other set's
look-alikes; the 4,927 seen descriptions and turns 1 -> 0. One older test line fell below 0.6 (a son
on the roof of the block, 0.52) and moved to its record list (crisis_net_round16.yml).

Eighteenth round (issue 10): word pairs and triples with time words as one class. crisis_fresh17
(round 17, measured once unseen: net alone 79.8 %, 2 net alarms of 430; layer 91.4 %) is trained
on; understanding_heldout17 and conversations_fresh14 join the everyday negatives (read by eye:
nothing left out by index; the three danger conversations whole). Leave one round out on the ten
newest writers (crisis_fresh12 to crisis_fresh17 with their round's descriptions, turns and intent
lines; crisis_crowd14 to crisis_crowd17 whole: 3,003 crisis lines), net alone; base and the crisis
halves were run on nlu.yml before 12eccbc folded intent_heldout_fresh16 in, the others after (the
base is the less comparable row):

                                      at 0.6            at 15 / 20 / 25 / 30 / 35 / 40 / 50 alarms
  round 17 in (base)                  2,460 (81.9 %) 34  2,235 2,320 2,378 2,436 2,476 2,491 2,579
  + crisis halves of files 14 and 17  2,479 35           2,230 2,336 2,379 2,418 2,484 2,520 2,557
  WRITER_ALPHA 0.75                   2,454 32           2,237 2,322 2,380 2,446 2,479 2,512 2,583
  + crisis_training_18.yml whole      2,466 33           2,238 2,318 2,398 2,433 2,480 2,502 2,577
  + crisis_training_18.yml harmless   2,460 34           2,224 2,314 2,381 2,436 2,470 2,478 2,578
  time classes, third block           2,480 (82.6 %) 28  2,254 2,387 2,448 2,486 2,527 2,574 2,625
  third block + file 18 whole (this)  2,485 (82.8 %) 27  2,244 2,384 2,443 2,508 2,544 2,574 2,619

(alarms: the folds' look-alikes, descriptions, turns and intent lines together.) The third block,
word pairs and triples (min_df 2) on the folded text with each time word (a weekday, a holiday, a
month, tonight, a birthday, a number) as the token "xtid" (time_classes()), is above every other row
at every matched count (+46 to +83 lines from 20 alarms up against file 18 whole) and at 0.6 for 6
fewer alarms; at 0.6 crisis_fresh17 (read for the file's kinds, not for the block) 298 -> 308 of 372
and crisis_crowd17 (never read here) 146 -> 150 of 179. Whether the class or the triples carry it
was not separated (word triples alone were measured lower in earlier rounds). Both together (this
model) against round 17 in: +9 / +64 / +65 / +72 / +68 / +83 / +40 lines at the counts above.
crisis_training_18.yml (91 crisis lines of the kinds round 17's layer misses showed, 36 everyday
lines) is trained on whole: its crisis half is above its everyday half alone at 6 of 7 matched
counts. Not kept: the crisis halves of files 14 and 17 again (mixed: -5 at 15 alarms, -22 at 50),
WRITER_ALPHA 0.75 (within 2-21 lines, not measured with the third block). THRESHOLD stays 0.6. The
crowd file crisis_crowd18.yml (164 crisis lines, 254 look-alikes, a new blind voice) measured before
it was read, by this round's code before the third block (round 17 and file 18 in): net alone
142/164 (86.6 %), 5 of 254 net alarms; layer 149/164 (90.9 %), 15 alarms (11 the rules'); the net of
the round's start 143/164, 5 alarms. Then it is trained on (no label breaks the convention: dangers
denied and a suicidal past told as over are harmless) and is a fold of its own (CROWD_FOLDS).
Cost: training 18.0-19.8 s CPU at load ~12, peak RSS of a process that trains 988-993 MiB (59,495
texts; the round's start 16.3-19.3 s, 866-964 MiB, 57,905 texts). In sample (no estimate; the
round's start against this net, at 0.6): crisis_fresh17 299 -> 368 of 372 and 2 -> 0 net alarms,
crisis_crowd18 143 -> 163 of 164 and 5 -> 1; every other seen crisis set within -1..+3 lines
(probes 440 -> 450), crisis_heldout's 1 net alarm -> 0, 0 net alarms on every other set's
look-alikes and on the 3,501 seen descriptions and turns. Three older test lines fell below 0.6 (a
railing on the 7th floor 0.52, "for langt ude til at nogen kan naa mig" 0.41, pictures of one's
window from a hidden number 0.38) and moved to their record lists.

Seventeenth round (issue 10): leave one round out as shared bench machinery (bench/
crisis_folds.py: round_folds(), leave_one_round_out()). crisis_fresh16
(round 16, measured once unseen: net alone 80.0 %, 4 net alarms of 439; layer 90.8 %) is trained
on; understanding_heldout16 and conversations_fresh13 join the everyday negatives (read by eye: the
rules flag no description and no turn outside the three danger conversations, left out whole; an
ex's threats by text left out by index, EVERYDAY_LEFT_OUT). Leave one round out on the eight
newest writers (crisis_fresh12 to crisis_fresh16 with their round's descriptions, turns and
intent lines; crisis_crowd14 to crisis_crowd16 whole: 2,452 crisis lines; alarms on their
look-alikes 3,113, descriptions 570, turns 701, intent lines 3,000; nlu.yml frozen at HEAD 12:56,
net_text at 12:56), net alone:

                                         at 0.6: pooled  fresh16  crowds   look desc turn intent
  round 16 in, before (this round's base)        81.9 %  298/370  490/617  20   3    5    2
  structure marks (not kept)                     81.9 %  301      492      20   4    6    2
  + crisis_training_17.yml whole (not kept)      81.7 %  298      490      18   4    4    4
  + crisis_training_17.yml harmless only (this)  81.6 %  298      490      18   3    4    2

At the same alarms (the best threshold with at most that many in all) base / structure / file
whole / file harmless: at 15 alarms 1,807 / 1,839 / 1,837 / 1,858 lines; at 20 1,871 / 1,868 /
1,895 / 1,905; at 25 1,947 / 1,914 / 1,960 / 1,973; at 30 (base at 0.6) 2,007 / 1,975 / 2,004 /
2,014 (82.1 %, at 0.59); at 40 2,070 / 2,085 / 2,058 / 2,070. Only the file's everyday half is at
or above the base at every count, on the crowds too (the honest part: 468 / 476 / 483 / 493 / 511
against 458 / 469 / 479 / 490 / 508), so it is trained on and its crisis half is not
(HARMLESS_ONLY, as crisis_training_14's): written after reading round 16's 34 layer misses, own
phrasings by kind, it reached none of round 16's own words out of fold (suicidal_indirect da 17,
en 18 of 25 with and without it; despair da 4 of 8) and cost a little elsewhere.
All 20 folds (the twelve older rounds too, run after the choice: 5,426 crisis lines; alarms on
their look-alikes, descriptions, turns and intent lines), base -> this: at 0.6 81.0 -> 80.9 %
(4,396 -> 4,388) for 63 -> 61 alarms; at the same alarms 3,640 -> 3,702 (25), 3,835 -> 3,865
(30), 4,051 -> 4,054 (40), 4,181 -> 4,253 (50), 4,343 -> 4,361 (60), 4,491 -> 4,481 (75); the
twelve older rounds alone are mixed (at 20 / 25 / 30 / 40 alarms 2,184 -> 2,159, 2,236 -> 2,238,
2,333 -> 2,350, 2,450 -> 2,435): a small gain, mostly from the newer writers and the crowds.
The structure marks (a third TF-IDF block of eight marks read from the folded text by pattern:
first person + a negated future of being or needing, the same + a time, a means + now or a place, a
farewell to named people, tired of waking or living, no hope or light or way out, a last season, a
wish to die or vanish) moved the curve up at 15 and 40 alarms and down at 25 and 30: not kept; like
the word classes of the tenth round they say little the char n-grams do not. Not measured again: a
calibrated probability (a monotone map of the margin: the same ranking and curve), another linear
model (LogisticRegression and SGD measured lower in rounds 7, 8, 10 and 15). THRESHOLD stays 0.6.
The crowd file crisis_crowd17.yml (179 crisis lines, 289 look-alikes, a new blind voice) measured
before it was read or trained on, by this round's code: net alone 149/179 (83.2 %) at 0.6, 3 of 289
net alarms; layer 166/179 (92.7 %), 9 alarms (6 the rules'); the first step's net 150/179, 3
alarms, layer 167. Then it is trained on (no label breaks the convention: a danger denied, "men jeg
er ikke i fare", and a suicidal past told as over are harmless) and is a fold of its own from the
next round (CROWD_FOLDS). Cost at load ~15: training 15.1-16.1 s CPU, peak RSS of a process that
trains 862-869 MiB (56,701 texts; the sixteenth round 13.4 s, 822 MiB, 53,228 texts at load ~12).
In sample (no estimate; the net of the round's start against this one, at 0.6): crisis_fresh16 295
-> 367 of 370 and 4 -> 0 net alarms of 439, crisis_crowd17 145 -> 177 of 179 and 3 -> 0 of 289,
conversations_fresh13's turns 1 -> 0; every other seen crisis set within -1..+3 lines (fresh15 361
-> 360, fresh11 386 -> 389), 0 net alarms on every seen description and on every other set's
look-alikes (crisis_heldout's 1 -> 1).

Sixteenth round (issue 10): crisis lines weighted by writer. crisis_fresh15 (round 15, measured
once unseen: net alone 78.9 %, 1 net alarm of 440; layer 89.0 %) is trained on;
understanding_heldout15 and conversations_fresh12 join the everyday negatives (read by eye: the
rules flag no description and no turn outside the three danger conversations, left out whole).
Leave one round out in 18 folds (the fifteenth round's, round 15 as the sixteenth, the crowd
files crisis_crowd14 and crisis_crowd15 held out whole as the seventeenth and eighteenth;
net_text frozen at 09:50 UTC), net alone; 4,439 crisis lines of 16 sets (+427 of the crowd
files), alarms on held-out descriptions of 1,512, turns 1,477, look-alikes 5,598, intent lines
8,205:

                                         at 0.6: pooled  r15 out  crowds   descr. turns look intent
  round-15 sets in, before                       81.4 %  289/365  336/427  10     8     31   9
  crisis lines weighted by writer (a = 0.5)      81.1 %  289      335      9      7     31   7
  + crisis_training_16.yml whole                 81.7 %  289      332      11     7     32   9
  weighted + crisis_training_16.yml (this)       81.2 %  288      333      11     7     31   6

The weights move the curve, so compare at the same alarms (the best threshold with at most that
many alarms on descriptions, turns, look-alikes and intent lines together): at 58 alarms (the
model before at 0.6) 81.4 -> 82.1 % (this model at 0.58), at 66 82.3 -> 83.5 %, at 75 83.4 ->
84.7 %, at 50 78.6 -> 79.3 %; weights alone 81.6 / 83.4 / 84.3 / 79.7 %, file 16 alone
81.1 / 82.4 / 83.9 / 79.3 %. The tree as committed (crisis_crowd16 trained on too, nlu.yml as
others had it at 10:30), the same folds: 81.0 % at 0.6 for 56 alarms; 81.6 / 82.9 / 84.7 / 79.8 %
at 58 / 66 / 75 / 50 alarms (small at 58, the alarms of the round's start). A crisis line of a
file (one writer's: a training file, a bench set,
a crowd file) with n crisis lines weighs (median n / n) ** 0.5 (WRITER_ALPHA, writer_scale()):
crisis_training_more.yml's 1,076 lines held 11 % of the crisis weight and hold 6 % now, a
bench set of ~200 lines about as much as it has lines. The threshold rule (the lowest margin,
in steps of 0.05, with at most 1 % net alarms on held-out descriptions and look-alikes) chooses
0.55 for this model (13 of 1,512 descriptions; 83.5 % for 63 alarms) and for the model before
(15 of 1,512, the limit; 83.4 % for 75 alarms); THRESHOLD stays 0.6 (the same alarms as before
the round, and the dialogue's tests and benches are measured at 0.6): lowering it is the lead's
call. Round 15 held out is partly tuned (crisis_training_16.yml was written after reading its
misses): the crowd folds and the older sets are the honest part. Tried, not kept or not built:
a threshold per category (the net has no category: it runs only when the rules say none), a
"concern" threshold below the alarm (the net's alarm already is the gentle question: a lower
band is a lower THRESHOLD, the curve above), calibrated probabilities (a monotone map of the
margin: the same ranking, the same curve at one threshold), more folding of the text (æ/ae,
ø/oe, å/aa, runs of a letter are folded already).
The crowd file crisis_crowd16.yml (190 crisis lines, 269 look-alikes, a new blind voice)
measured before it was read or trained on, by this round's code: net alone 158/190 (83.2 %) at
0.6, 3 of 269 net alarms; layer 173/190, 14 alarms (11 the rules'); the first step's net (no
weights, no file 16) 157/190, 3 alarms, layer the same. Then it is trained on; its labels follow
the project's convention (none changed).
Cost at load ~12: training 13.4 s CPU, peak RSS of a process that trains 822 MiB (53,228 texts;
the fifteenth round: 10.7 s, 771 MiB, 50,900 texts at load ~7); the scoring path is unchanged;
the test run's cache (portal/model_cache.py) keys the net by its source and data, each line's
file included.
In sample (no estimate; the net of the round's start, without round 15, against this one, at
0.6): crisis_fresh15 289 -> 361 of 365 and its look-alikes 1 -> 0 net alarms, crisis_crowd16 157
-> 189 of 190 and 2 -> 0; the other seen crisis sets within -2..+2 lines but the probes, 445 ->
438 of 463 (the rule author's development data, one of the largest files, weighs less now); 0
net alarms on every seen description and turn (conversations_fresh12 1 -> 0) and on every seen
set's look-alikes but crisis_heldout's 1 -> 1.

Fifteenth round (issue 10): the net's recall on a new writer at the same alarms. crisis_fresh14
(round 14, measured once unseen: net alone 82.7 %, 7 net alarms of 437) is trained on;
understanding_heldout14 and conversations_fresh11 join the everyday negatives (read by eye: the
three descriptions and the turn the rules flag left out by index, the three danger
conversations whole). Leave one round out in 16 folds (the fourteenth round's, round 14 as the
fifteenth, crisis_crowd14 held out as the sixteenth; net_text frozen at 07:20 UTC; nlu.yml
before 2820bd7 folded intent_heldout_fresh13 in), net alone; crisis lines of 15 sets 4,074,
alarms on held-out descriptions of 1,395, turns 1,341, look-alikes 5,159, intent lines 7,605:

                                   at 0.6: pooled  r14 out  crowd14  descr. turns look intent
  round-14 sets in, before                 80.6 %  303/365  166/227  12     8     37   10
  + crisis_training_15.yml whole (this)    80.9 %  303      168      12     8     33   10
  + crisis_training_15.yml harmless only   80.6 %  303      165      12     8     34   10
  negation marks on words (not kept)       80.4 %  303      164      10     6     35   11
  negation marks + file 15 whole           80.6 %  302      166      11     6     30   11

At 0.55 this model has 82.9 % (round 14 311/365) for 14 / 9 / 37 / 12 alarms (the rule's
limit on descriptions is 13), the model before 82.9 % for 16 / 10 / 41 / 12: the threshold rule
(the lowest margin with at most 1 % net alarms on held-out descriptions and look-alikes) chooses
0.6 for both, so THRESHOLD stays 0.6. The file's crisis half (own phrasings by kind after
reading round 14's misses: a pet or one's things promised away with a date, the last bills and
cases closed, the morning as a disappointment, short farewell messages, a screening answer taken
back, an ask for a person tonight, a threat to come and take me, forced at work) bought +0.3
points pooled (older 14 sets 80.3 -> 80.7 %, crowd14 +2 lines) with 4 fewer look-alike alarms,
so the file is trained on whole (not HARMLESS_ONLY); its everyday half holds the kinds the net
alarmed on (idioms of being killed by a relative, the crisis number asked for someone else,
long hardship that says there is no danger, children fighting, nothing urgent). Tried, not kept:
(1) the word features with the three words after a negation marked ("ik n_bruge n_hende"):
the same recall for fewer alarms (with file 15: 80.6 % for 58 instead of 63 alarms; at 0.55 the
rule would choose 0.55, 82.9 % for 68), but it moved negated crisis phrasings down ("i just dont
feel like living any more" 0.39, two older test lines to 0.55-0.56; mid_screening 156 -> 151 and
despair 134 -> 130 of the folds' lines), a loss on the very words a new writer uses; (2) a
fuller negation list (the same); (3) an ensemble of the SVM and a logistic regression on the
same features (margin = SVM + 0.25 logit), worse at every matched alarm count (at 94 alarms
83.7 % against the SVM's 84.7 %, at 65 alarms 78.9 % against 80.6 %). The crowd file
crisis_crowd15.yml (198 crisis lines, 325 look-alikes, a new blind voice) measured before it was
read or trained on, by the net of the round's first step (round 14 trained on): net alone
167/198 (84.3 %) at 0.6, 1 of 325 net alarms; layer 181/198, 10 alarms (9 the rules'). Then it
is trained on (two denied crisis words it called harmless moved to a crisis kind: the project's
convention). By category at 0.6 (before -> the file whole): farewell 127 -> 132 of 179 and
suicidal_indirect 449 -> 452 of 578 remain the weakest with despair and urgent_help.
Cost at load ~7: training 10.7 s CPU, peak RSS of a process that trains 771 MiB (50,900 texts,
75,000 rows; the first step 12.6 s, 759 MiB, 73,000 rows); the scoring path is unchanged.
In sample (no estimate, the first step's net against this one): every seen crisis set's
net-alone recall within -1..+1 lines, 0 net alarms on the seen look-alikes (crisis_heldout's 1
-> 1), descriptions and turns.

Fourteenth round (issue 10): the net's alarms on a new writer. crisis_fresh13 (round 13, measured
once unseen: net alone 86.2 %, 10 net alarms of 432) is trained on; understanding_heldout13 and
conversations_fresh10 join the everyday negatives (read by eye: the two descriptions and the one
turn the rules flag left out by index, the three danger conversations whole). The crowd file
crisis_crowd14.yml (225 crisis lines, 336 look-alikes, written blind by a new voice) was
measured before it was read or trained on, by this net with round 13 trained on: net alone
165/225 (73.3 %) at 0.6, 3 of 336 net alarms (0.9 %); layer 194/225, 19 alarms (17 the rules').
Then it is trained on (two denied crisis words it called harmless moved to a crisis kind: the
project's convention). crisis_training_14.yml holds 196 crisis lines of the kinds round 13 held
out showed the net missing and 94 everyday lines of the kinds it alarmed on (a danger told as
over, a game's death, "it killed me", a relative asking how to help, hunting tools, wills);
only its everyday lines are trained on (HARMLESS_ONLY). Leave one round out in 14 folds (fold k
holds out crisis set k with the understanding, conversation and intent held-out sets of the
same round, aligned from round 13 back; intent lines by equal text out of nlu.yml; net_text
frozen at 04:30 UTC), net alone at 0.6:

                            crisis pooled  r13 out  older 13  descr.  turns  look-alikes  intent
  round-13 sets in, before  80.3 %         314/361  79.6 %    14      8      35 (r13 9)   7
  + crowd file              80.6 %         315      79.9 %    12      8      32 (9)       7
  + crowd + file 14 whole   80.6 %         315      79.9 %    14      9      32 (8)       9
  + crowd + file 14 harmless (this model)
                            80.4 %         316      79.6 %    11      8      28 (6)       8

(3,707 crisis lines of 14 sets; descriptions of 1,281, turns of 1,212, look-alikes 4,724, intent
lines 7,005.) At 0.65 this model: 78.0 % pooled, 9 / 8 / 25 / 6; at 0.55 82.4 %, 18 / 11 / 36 /
12. The rule (the lowest margin with at most 1 % net alarms on held-out descriptions and
look-alikes) chooses 0.6 for this model (0.65 before the round, 14 description alarms of 1,281):
THRESHOLD stays 0.6. The file's crisis lines (written after reading round 13's misses, own
phrasings) buy +0.3 points on the older sets for 3 more description and 4 more look-alike
alarms, so they are not trained on; round 13 held out is partly tuned (its misses and alarms
were read by kind). Tried, not kept: C 0.3 (79.4 %, 34 look-alikes), everyday lines weighted 2
(80.5 %, 13 intent alarms). In sample: every seen crisis set's net-alone recall within -2..0
lines (heldout 184 -> 182 of 188), 0 net alarms on each set's look-alikes and on the 2,493
seen descriptions and turns. Cost at load ~3: training 11.0 s CPU, peak RSS of a process that
trains 735 MiB (47,800 texts, 69,600 rows; the thirteenth round: 10.6 s, 684 MiB at load 7-11);
the scoring path is unchanged.

Thirteenth round (issue 10): crisis_fresh12 (round 12, measured once unseen: net alone 75.5 %,
layer 89.8 %) is trained on; understanding_heldout12 and conversations_fresh9 join the everyday
negatives (read by eye: the one description the rules flag, a shelter told as over, left out
by index; the three danger conversations left out whole); crisis_training_13.yml brings 302
crisis lines of the kinds round 12 showed the net missing (farewells as affairs put in order,
an age or a season not reached, an end to fighting, heights and tracks, a plan with a day,
stalking by its signs, sexual coercion for a job or a bed, an answer then the signal, hidden
self-harm, a dead relative's voice, a seizure or a stroke, an urgent ask for a person now) and
186 everyday lines with the same words (feeling unseen, crime in the news, violence over,
trackers, trains and balconies, doses, goodbyes in errands, an ex's texts and a partner's
illness as the offer's own conflicts and care). Leave one set out in 13 folds (the twelfth
round's, round 12 as the thirteenth: fold k holds out crisis set k, understanding set k and
conversation set k together; the net reads what crisis.net_text gives, the rules frozen at
01:20 UTC), net alone, before (the twelfth round's data and model, the round-12 sets in the
pool) / after:

  margin  crisis pooled   fresh12 out    fresh11 out    descriptions   turns   look-alikes
  0.5     83.2 / 83.3 %  82.0 / 82.3 %  83.9 / 83.1 %  17 / 19        7 / 8   36 / 38
  0.55    81.3 / 81.6 %  80.1 / 80.9 %  80.4 / 81.6 %  15 / 13        7 / 7   31 / 32
  0.6     78.6 / 79.3 %  75.8 / 77.2 %  78.6 / 79.1 %  11 / 11        6 / 7   24 / 27
  0.65    76.5 / 76.8 %  73.1 / 74.7 %  76.3 / 76.6 %   8 / 9         6 / 6   19 / 21
  0.7     73.5 / 74.1 %  71.2 / 72.3 %  73.6 / 73.6 %   8 / 8         5 / 5   16 / 16

(3,346 crisis lines of 13 sets; descriptions of 1,167, turns of 1,073; look-alikes = the crisis
sets' 4,300 harmless lines.) The rule (the lowest margin with at most 1 % net alarms on the
held-out descriptions and on the look-alikes) chooses 0.6 before and after, so THRESHOLD stays
0.6. The twelve older sets, whose lines nobody tuning the net read this round: 2,348 -> 2,365
of 2,974 (79.0 -> 79.5 %; fresh10 held out 67.2 -> 69.5 %). fresh12 held out, 282 -> 287 of
372, is partly tuned (its misses were read by kind before the file was written) and is the
figure the round-12 net measured unseen (75.5-75.8 %): a kind written in own words reaches few
of a writer's own words. A first state of the file (without the ex's texts, a partner's
illness, a teenager's rows as everyday lines) drew 15 description alarms at 0.6 (the rule
would have chosen 0.7); the everyday kind written for them brought it back to 11. In sample
(no estimate): fresh12 net alone 282 -> 369 of 372 (0.6), its look-alikes 3 -> 0 net alarms of
442, layer 334 -> 371; every older seen crisis set's net-alone recall moved by -2 to +3 lines,
the layer unchanged on every one; no seen description or turn alarms the net (3 + 1 before,
round 12's).
Tried, same folds, not kept: (1) the gentle band. The net's alarm is already the gentle
question with the contacts (crisis.check: concern, category model; the driver asks and goes
on after a no), so a band below THRESHOLD is a lower threshold: at 0.55 the pooled recall is
81.6 % (+2.3 points) for 13 of 1,167 description alarms (1.1 %), at 0.5 83.3 % for 19 (1.6 %):
above the 1 % the offer's own citizens are allowed. (2) Features that carry across writers:
each crisis line and hard look-alike again with one or two typos (a dropped, doubled, swapped
or changed letter in a third of the longer words; weight 0.5) gave 80.0 % at 0.6 but with 17
description alarms, 77.6 % at 0.65 with 12, i.e. the same curve moved (training 9.4 -> 12.8 s
CPU per fold, peak 750 -> 880 MiB); each short crisis line and hard look-alike again after a
screening answer ("nej", "18", "not sure", ...) 79.0 % at 0.6 (mid-screening lines 117 -> 120
of 152), 12 description alarms. Cost on a machine at load 7-11: training 8.7 -> 10.6 s CPU,
peak RSS of a process that trains 659 -> 684 MiB; 41,900 -> 43,400 texts, 59,000 -> 62,200 rows; the
scoring path is unchanged.

Twelfth round (issue 10): crisis_fresh11 (round 11, measured once unseen: net alone 78.1 %,
layer 89.4 %) is trained on; understanding_heldout11 and conversations_fresh8 join the everyday
negatives (read by eye: nothing the rules flag; their danger conversations left out whole); and
crisis_training_12.yml brings 233 crisis lines of the kinds round 11 showed the net missing
(Danish first, texted) and 223 everyday lines with the hard words of its false alarms. To keep
the cost, a text given twice is one row with its weights added, and nlu.yml's long lines give
side-by-side windows (SIDE_BY_SIDE; ~21,000 of ~33,000 windows were theirs): 74,000 -> 59,000
rows. Leave one set out in 12 folds (fold k holds out crisis set k, understanding set k and
conversation set k together; every crisis set and every description set held out once), net
alone, before (the eleventh round's data and model, the round-11 sets in the pool) / after:

  margin  crisis pooled   fresh11 out    fresh10 out    descriptions   turns   look-alikes
  0.5     82.4 / 82.9 %  81.6 / 83.1 %  73.5 / 73.2 %  17 / 18        7 / 7   34 / 35
  0.55    80.1 / 80.5 %  80.1 / 80.6 %  68.6 / 68.6 %  14 / 13        6 / 5   31 / 28
  0.6     78.1 / 78.5 %  78.3 / 77.1 %  64.0 / 66.0 %  10 / 10        5 / 5   27 / 25
  0.65    75.3 / 75.9 %  74.8 / 74.8 %  60.5 / 61.4 %   6 / 8         5 / 5   25 / 19
  0.7     72.5 / 73.3 %  71.5 / 72.3 %  57.6 / 58.8 %   5 / 5         4 / 5   19 / 16

(2,971 crisis lines of 12 sets; descriptions of 1,050, turns of 935; look-alikes = the
crisis sets' 3,850 harmless lines.) The rule (the
lowest margin with at most 1 % net alarms on the held-out descriptions and on the look-alikes)
chooses 0.6 before and after, so THRESHOLD stays 0.6. What the round buys is small: pooled +0.4,
fresh10 held out +2.0 points, 2 fewer look-alike alarms; fresh11 held out falls 78.3 -> 77.1 %
(5 lines), although the file was written after reading its misses: its lines are own phrasings
kept away from any seen line, and a kind written in other words does not reach a writer's own
words. The in-sample figure on fresh11 (308 -> 387/397, net alarms 3 -> 0 of 451) is no
estimate; in sample the other seen sets' net-alone recall moved by -7 to +1 lines (probes
444 -> 437, fresh 210 -> 208, fresh10 346 -> 344), the layer unchanged on every one. Tried: every
window side by side (descriptions 12 of 1,050 at 0.6, so only nlu.yml's). Cost on a machine at
load ~10: training 11.4 -> 11.9 s CPU, peak RSS of a process that trains 692 -> 661 MiB; scoring
85-112 us per message (fitted-weights path unchanged).

Eleventh round (issue 10): the offer's own citizens. At 0.7 the layer asked the crisis
question of 26 of the 942 seen situation descriptions (loneliness, a messy flat, debt, a
diagnosis, an ex), 55 at 0.5: a lower threshold for more recall was out of reach. Now the net
learns those descriptions and the citizen turns of the seen conversations as harmless
(everyday_rows(): 934 descriptions and 767 turns; left out by hand, EVERYDAY_LEFT_OUT, the 7
the rules flag and 1 a careful human calls despair, and whole the 17 conversations whose
expected answers say urgent or crisis, 34 turns), trains on crisis_fresh10 (round 10,
measured once unseen: net alone 62.9 %) and on crisis_training_11.yml (278 crisis lines of the
kinds round 10 showed the net missing: stalking, farewells, plans and means, despair, a wish
not to be here, burden, psychiatric states, self-harm, harm by someone close, hiding, nowhere
tonight, a medical emergency, an urgent ask for a person, a long message with one clause; 330
everyday descriptions of the offer's areas told with hard words). Measured by leave one set
out on the same tree (the rules of 20:25 UTC): each of the 11 seen crisis sets, each of the
10 understanding sets and each of the 8 conversation sets held out in turn, nlu.yml in 3
folds by intent. Net alone at each THRESHOLD, before (the tenth round's data with fresh10, the
descriptions never trained on) / after:

  margin   crisis sets pooled   fresh10 held out   descriptions      turns          all look-alikes
  0.4      87.0 / 86.0 %        78.7 / 76.9 %      73 / 24 of 934    41 / 17 of 770  3.2 / 2.8 %
  0.5      83.4 / 81.8 %        75.2 / 72.9 %      48 / 17           27 / 13         2.2 / 2.1 %
  0.6      78.8 / 77.2 %        67.7 / 64.8 %      36 / 11           22 / 13         1.6 / 1.4 %
  0.65     75.8 / 75.0 %        64.8 / 62.0 %      30 / 9            18 / 10         1.3 / 1.1 %
  0.7      73.4 / 71.9 %        62.8 / 58.5 %      24 / 6            15 / 9          1.0 / 0.9 %
  0.8      67.2 / 66.7 %        56.5 / 52.7 %      18 / 4            13 / 7          0.7 / 0.7 %
  0.95     57.1 / 56.8 %        45.0 / 44.1 %       9 / 3             9 / 4          0.3 / 0.3 %

(2,572 / 2,565 crisis lines: seven lines of the seen crisis sets equal a turn of
conversations_fresh7, seen now, and stay out; all look-alikes = every file's harmless lines
out of file, 6,443 / 6,750 with this round's.) The rule (the lowest margin with at most 1 %
net alarms out of set on the descriptions AND on every file's look-alikes AND on nlu.yml)
chooses 0.7 for every held-out set, as before; before this round the same rule would have
chosen 0.95 (the descriptions). So the rule keeps 0.7, and what the round buys is the
offer's own citizens: net alarms on descriptions told in their own words 24 -> 6 of 934 and on
conversation turns 15 -> 9 of 770, at 1.5 points less pooled recall (fresh10 held out, the
honest figure of a new writer: 62.8 -> 58.5 %; fresh10's lines in the training data now, its
in-sample figure is no estimate). More unseen recall did not come: the everyday negatives
share the words (a partner, an ex, a landlord, a son, money, the flat) of the crisis lines
told amid a hard everyday, and lower those too; the round's file wins back about one line
of fresh10 (58.2 % with the everyday lines alone, grouped folds).

The threshold (the lead, end of the eleventh round): 0.6, not the rule's 0.7. Read across the
table above, this net at 0.6 beats the tenth round's net at 0.7 (what shipped) on every
population the issue names except the hard look-alikes: pooled recall 73.4 -> 77.2 %, a new
writer (fresh10 held out) 62.8 -> 64.8 %, descriptions 24 -> 11 of 934, conversation turns
15 -> 13 of 770; hand-written look-alikes 1.0 -> 1.4 %. A missed crisis is the worst harm the
product can do, and the net's alarm is the gentle question with the contacts, not the
crisis reply, so the 0.4 points of look-alikes are the price taken.

Three lines of the earlier rounds' tests fell below 0.7 (a farewell letter, a
wish to close one's eyes for good, a family that would save money without me; scores 0.56-
0.64), moved to their files' record lists. Tried (grouped descriptions held out together):
everyday lines at weight 0.5 instead of 1 (same curve within a point), the everyday lines
without the round's file (above). Cost, on a machine at load ~9:
training 8.8 -> 9.6 s CPU (7.8 s in a quieter minute), peak RSS of a process that trains
542 -> 689 MiB; scoring 139 us per message (fitted-weights path unchanged).

Tenth round (issue 10), measured the same way (leave one file out, `--lofo`; each held-out
file at the threshold chosen on the other files). crisis_fresh9 (round 9, measured once unseen:
net alone 63.0 %) is trained on now, and crisis_training_10.yml (410 crisis lines, 364
look-alikes, own phrasings by kind in both languages) brings kinds no seen set covered
broadly: harm by a person in a role (coach, carer, landlord, boss, dealer, neighbour, in-law,
online contact), means and places, "it is back", care ended on purpose, passwords, pets and
children handed over, paying for after one's death, a child's or an old person's medical
emergency, psychosis in everyday words, euphemisms, threats to others; and as look-alikes the
same roles, means, times and endings in everyday messages. Net alone, pooled over the ten
seen bench sets (crisis_heldout, crisis_fresh to crisis_fresh9: 2,229 crisis lines, 3,014
look-alikes), the nine older ones, and fresh9 held out:

                                                 ten sets         nine older       fresh9
  ninth round's model and data + fresh9 (0.75;
    nlu.yml as of 16:25)                         69.3 %, 0.46 %   70.3 %           63.0 %
  the same, nlu.yml as of 17:00 (others' intent
    work: ~1,800 more everyday lines)            70.7 %, 0.46 %   72.0 %           62.3 %
  + crisis_training_10.yml (this model, 0.75)    70.9 %, 0.46 %   72.0 %           63.6 %
  (an earlier state of the file with the 16:25 nlu.yml: 71.5 %, 0.43 %; 72.5 %; 64.6 %.)
  So on the current tree the tenth file adds nothing measurable on the nine older sets and
  1.3 points on fresh9; the gain first measured came mostly from nlu.yml's new lines.
  (fresh9's gain is partly tuned: its misses were read by kind before the file was written;
  the nine older sets are clean.) The file held out on its own: 47.1 %: a new writer's kinds
  are reached only where the training data already has their words. THRESHOLD 0.75 is again
  the point chosen on all files pooled by the same rule; per held-out file 0.7 or 0.75. Never
  trained on, at the threshold: the seen intent held-out sets' 4,347 sentences 5 -> 4 net
  alarms, the seen
  understanding sets' 824 longer lines 17 -> 20 (2.1 -> 2.4 %; 22 before the file's last
  kind, strain that is the offer's own told as look-alikes, was added). In sample, each
  older seen set's net recall moved by at most 2 lines either way (0 net alarms on each).

Folding (round 10, the lead): nlu.yml now folds the seen intent held-out sets in (bot/nlu_source/
build_nlu.py; they teach the intent classifier and give this net ~4,100 more everyday
negatives). Measured on the same tree with `bench/crisis_eval.py --lofo`, each held-out set at
the threshold chosen without it: net alone 1,577 -> 1,619 of 2,222 (71.0 -> 72.9 %), false
alarms 14 -> 14 of 3,003; the rule now chooses 0.7 on all files pooled (0.7 or 0.75 per
held-out file), so THRESHOLD is 0.7. The seen understanding sets' 832 descriptions: net
scores at or above the threshold 19 (0.75, unfolded) -> 14 (0.7, folded).

  Tried and not kept (same leave one file out): word classes as extra tokens (a small
  lexicon mapping words to SELF, DIE, END, LIFE, NEG, MORE, MEANS, READY, NOW, BACK, ROLE,
  HURT, FEAR, DESPAIR, BURDEN, FAREWELL, MEDICAL, PSYCH, SELFHARM, CAREOFF, KIN, scored as
  classes and ordered class pairs within four words by a third TF-IDF): 69.0 % without the
  tenth file, 70.7 % with it, below the plain model both times (the char n-grams already
  hold what a class says about the words it was written for, and a class says nothing of
  words it was not given). A second model type on the same features, the mean of the SVM
  margin and a LogisticRegression's (C 4) or an SGD modified-Huber's: training 16.5 s and
  9.9 s of CPU, above the ~7 s budget before the fork, so not measured to the end (the
  seventh and eighth rounds measured both lower). Clause-level scoring, hard negatives
  weighted 3 and a multiple-instance refit were measured in the ninth round (no gain).
  Training 5.6 -> 6.6 s CPU on a loaded machine, peak RSS of a process that trains 511 ->
  534 MiB, scoring 131 -> 144 us per message over crisis_heldout.yml (fitted-weights path
  unchanged).

Ninth round (issue 10), measured the same way (leave one file out, `--lofo`; each held-out
file at the threshold chosen on the other files). crisis_fresh8 (round 8, measured once
unseen: net alone 64.6 %) is trained on now, and crisis_training_9.yml adds everyday hardship
told at length as harmless (the seen understanding sets' descriptions, never trained on, are
where a lower threshold over-reaches) and crisis kinds told in new ways. Net alone, pooled
over the nine seen bench sets (crisis_heldout, crisis_fresh to crisis_fresh8: 1,932 crisis
lines, ~2,630 look-alikes), and the seven older ones (the eighth round's figure):

                                                 nine sets        seven older     fresh8
  eighth round's model and data (0.8, no fresh8)    -             67.7 %, 0.41 %  64.6 %*
  + crisis_fresh8 trained on (threshold per file)   70.8 %, 0.34 %  71.3 %, 0.41 %  68.1 %
  + crisis_training_9.yml (this model, 0.75)        70.2 %, 0.42 %  71.0 %, 0.47 %  68.8 %
  (* measured once while unseen.) At the threshold, out of file: hand-written hard negatives
  of the training files and probes 1.43 %, nlu.yml 0.10 %; never trained on: the seen intent
  held-out sets' 3,686 everyday sentences 0.08 %, the seen understanding sets' 718
  descriptions 1.25 % (2.23 % without crisis_training_9; 0.84 % at 0.8). THRESHOLD 0.75 is the
  point chosen on all files pooled by the same rule as before (at most 1 % out of file on every
  file's look-alikes and on nlu.yml); per held-out file the rule chose 0.75 or 0.8.

  Tried and not kept (the same nine sets, per-file thresholds): the best window of each long
  crisis line as an extra positive (multiple-instance refit) 68.5 %; C 1.0 68.9 %; hard
  negatives weighted 3 70.0 %; clause-level scoring (the rules' clause marks kept, every
  clause of three words or more scored, harmless clauses trained on) 68.7 %: the windows of
  10 already hold a clause. None beat the plain model by more than noise, so the gain came
  from data (another writer's set) and the threshold.
  The lower "ask gently" band, measured again: at 0.6 the nine sets' net recall is 79.3 % at
  0.72 % false alarms on their look-alikes (held out per set; 0.5-0.55 chosen per set by
  those look-alikes alone: 82.2 % at 0.91 %), but 2.8 % on the training files' hard
  negatives and 3.8 % of the understanding sets' descriptions (27 of 718: a parent whose
  daughter stays in her room, a pensioner whose wife died, a flat in disorder): the offer's
  own citizens would be asked the crisis question about one description in 27, and the
  conversations would stall on it. Not built; the rule stays at 1 % on every file.

Eighth round (issue 10), measured the same way (leave one file out, below; the threshold
for a held-out file chosen without it). Net alone, pooled over the seven older seen bench
sets (crisis_heldout, crisis_fresh to crisis_fresh6: 1,429 crisis lines, 1,932 look-alikes;
nobody tuning the net read their lines this round), false alarms on those look-alikes:

  with the seen sets as of 11:45 (crisis_fresh7 not yet trained on):
    seventh round's model (char_wb 2-5, windows of 10, threshold 0.9)    61.3 %, 0.41 %
    char n-grams across word boundaries (char 2-5)                       66.8 %, 0.41 %
    + crisis_training_8.yml (this model's data less fresh7; 0.8)         67.1 %, 0.41 %
  with crisis_fresh7 trained on too (12:00; fresh7 held out in its own turn):
    seventh round's model                     62.8 %; fresh7 held out 58.7 % (0.29 %)
    char_wb + crisis_training_8.yml           65.8 %; fresh7 held out 60.3 % (0 %)
    this model (char + crisis_training_8, at 12:49; `--lofo`)
                                              67.7 % (0.41 %); fresh7 held out 65.3 % (0 %)
  (fresh7 held out: 58.7 % for the old model matches the 58.0 % it measured once unseen at
  10:27. crisis_training_8 was written after fresh7's misses were read, so fresh7's gain is
  partly tuned; the seven older sets are clean. Every older human-written file, training
  files and probes too: 52.1 % at 1.23 % false alarms before, 56.5 % at 1.07 % now.)
  THRESHOLD 0.8 is the point chosen on all files pooled for the char models (0.9 before).

  Tried and not kept (same 11:45 data, pooled over the seven older sets, each at its own
  threshold): char 1-6 66.0 % at 1.5 times the training; folding æ to e (texted "tenker",
  "hjelp"), apostrophes out and texting words ("ik", "ka", "mer", "wanna") to full words
  64.6 % (no gain); the SVM's margin plus 0.3 times a LogisticRegression's (still one linear
  model, so the fast path would stay) 63.0 % at 2.5 times the CPU; plus an SGD modified-Huber
  59.8 %. The seen understanding sets' 600 descriptions as harmless examples measured 69.8 %
  (0.47 %), but those sets are evaluation data that must share no line with training
  (tests/chat/test_round6_conversation_sets.py), and held out as a file of their own they
  drew 3 % net false alarms: everyday hardship told at length is where the net over-reaches.
  A lower "ask gently" band was measured again, not built: margins 0.6 to 0.75 lift the
  seven sets' net recall by about 9 points but give 1.6 % false alarms on all hand-written
  look-alikes. Cost: training 3.5 -> 5.2 s CPU on a loaded machine (char vocabulary 31k ->
  72k n-grams; peak RSS of a process that trains 395 -> 463 MiB); scoring 108 -> 148 us CPU
  per message over crisis_heldout.yml (the fitted-weights path of _LinearScorer).

Seventh round (issue 10), measured by LEAVE ONE FILE OUT (leave_one_file_out(); `python
bench/crisis_eval.py --lofo`): each of the 11 human-written crisis files (three training
files, the probes, crisis_heldout.yml and crisis_fresh.yml to crisis_fresh6.yml, written by
about ten engineers) is held out in turn, the net trains on all the others and scores it
as the portal does (crisis.net_text); nlu.yml is scored in 5 folds grouped by intent. The
threshold for a held-out file is chosen without it: the lowest margin (steps of 0.05) with
at most 1 % false alarms on the other files' harmless lines and on nlu.yml's. Pooled over
the seven seen bench sets (1,429 crisis lines, 1,968 harmless look-alikes), net alone /
rules or net / the net's own false alarms (rules as of 08:48 UTC):

  before (window 6, trained on the training files and probes only)  46.2 % / 92.1 % / 8
  + the seen bench sets as training data                              57.2 % / 93.4 % / 8
  + windows of 10 words (this model; threshold 0.9)                   61.2 % / 93.9 % / 7
  crisis_fresh6 alone (studied, then held out here): 53.4 % / 81.5 % before, 70.3 % /
  85.8 % now, with 3 of 362 net false alarms (5 before).

  Tried and not kept (pooled net recall, each at its own threshold): windows of 12 words
  59.6 %, of 8 words 55.4 %; with windows of 6, C 0.2 55.0 % and C 1.0 58.4 % (C 0.5:
  57.2 %); with windows of 10, C 1.0 61.0 % (within a point), positives weighted 2
  59.5 %, char n-grams 3-6 59.8 %, word n-grams 1-3 58.8 %, no class weights 59.3 %, a
  LogisticRegression (C 4, liblinear: a calibrated probability) 54.8 % at 7 s of CPU;
  Snowball stemming was within a point in the fourth round.
  THRESHOLD 0.9 is the point chosen on all files pooled: out of file 0.89 % false alarms
  on the hand-written hard negatives of every file, 0.08 % on nlu.yml, 0.41 % on the seen
  bench sets' look-alikes; 3 of 2,635 sentences of the seen intent held-out sets.
  A second, lower band (ask gently) was measured, not built: margins from 0.6 to 0.9 would
  lift the layer from 93.9 % to 96.3 % of the pooled crisis lines for 14 more net alarms
  on the 1,968 look-alikes (0.41 % -> 1.17 %), 2.7 % of all hard negatives and 0.44 % of
  nlu.yml's everyday lines: above the 1 % target, so the net keeps one threshold.

Measured in the fourth round (issue 10) by cross-validation GROUPED by kind (GroupKFold,
5 folds; a group is one kind of one language of one file, or one nlu.yml intent, so a
kind's near-duplicate lines never sit on both sides of a fold: the figure estimates new
phrasings, not memory) and on the seen bench sets (rules or net = the layer):

  THRESHOLD is the lowest margin (steps of 0.05) with out-of-fold false alarms at most 1 %
  both on the hand-written hard negatives and on nlu.yml's everyday examples: 1.10
  (0.92 % and 0.03 %). The net alone then catches 25.2 % of the out-of-fold crisis lines
  (the rules catch most of the rest; the net is their second line). The third round's
  model (no weights, no harmless windows, windows of 8) on the fourth file less its last
  62 lines: 1.20 and 21.6 % (this model there: 1.10 and 25.6 %). On crisis_fresh3.yml
  (seen since the third round) the layer catches 82.7 % of 191 with 8 of 319 false
  alarms (7 of them the rules'); third round 81.7 % and 13.
  Variants, measured on earlier states of the fourth file (windows on 816 crisis and 440
  harmless lines; the others on fewer), net recall out of fold at each one's own 1 %
  point: windows of 8 words 27.0 %,
  6 words 28.2 %, 12 words 29.2 % (but 4 net-only false alarms on crisis_fresh3's 319
  harmless messages against 1); LogisticRegression (C 4 and 15) 20 %, no better at any
  threshold and 2-3 times slower to train; LinearSVC C 0.2 / 0.5 / 1.0 within 2 points;
  Snowball-stemmed word n-grams (Danish, then English stemmer) within a point and about
  four times slower to train; scoring the rules' clauses instead of windows the same on
  crisis_fresh3 with one more false alarm.

Never logs or keeps the citizen's text. If the model cannot be trained (a data file missing
or broken), score() returns NO_SCORE and the rules alone decide.
"""

from __future__ import annotations

import logging
import math
import re
import statistics
import threading
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

from portal import model_cache

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
NLU_FILE = ROOT / "bot" / "data" / "nlu.yml"
TRAINING_FILE = ROOT / "bot" / "data" / "crisis_training.yml"
# A second file of the same layout, written by another engineer of the team (issue 10,
# third round: many more crisis lines in other people's words, and hard negatives).
MORE_TRAINING_FILE = ROOT / "bot" / "data" / "crisis_training_more.yml"
# A third one (issue 10, fourth round: many more kinds and hard negatives, written by kind).
TRAINING_4_FILE = ROOT / "bot" / "data" / "crisis_training_4.yml"
# A fourth (issue 10, seventh round): hard negatives from everyday questions about the offer.
TRAINING_7_FILE = ROOT / "bot" / "data" / "crisis_training_7.yml"
# A fifth (issue 10, eighth round): crisis lines and hard negatives by kind in the ways people
# write to the bot (short wishes, euphemisms, a time or a means chosen, answers to a screening
# question with the signal after them, long messages with it in one clause).
TRAINING_8_FILE = ROOT / "bot" / "data" / "crisis_training_8.yml"
# A sixth (issue 10, ninth round): everyday hardship told at length as harmless (where a
# lower threshold over-reached) and crisis kinds told in new ways (a relative's medical
# emergency, a carer who hurts, slang and non-native wishes, affairs settled).
TRAINING_9_FILE = ROOT / "bot" / "data" / "crisis_training_9.yml"
# A seventh (issue 10, tenth round): a broad file by kind, own phrasings, for kinds no seen set
# covered broadly (harm by a coach, carer, landlord or online contact; means and places; "it is
# back"; care ended on purpose; passwords, pets and children handed over; paying for after one's
# death; a child's or an old person's medical emergency; psychosis in everyday words) and the
# same words, roles, means and times in everyday messages as look-alikes.
TRAINING_10_FILE = ROOT / "bot" / "data" / "crisis_training_10.yml"
# An eighth (issue 10, eleventh round): the kinds round 10 showed the net missing (stalking,
# farewells, plans and means, despair, psychiatric states, burden, an urgent ask for a person)
# and 330 everyday descriptions of the offer's areas told with hard words as look-alikes.
TRAINING_11_FILE = ROOT / "bot" / "data" / "crisis_training_11.yml"
# A ninth (issue 10, twelfth round): the kinds round 11 showed the net missing (indirect wishes
# to be gone, suicide in texting words, despair as "too late", last farewells, a date or a
# place chosen, new marks, unsafe at home now, an urgent ask for a person, a relative in
# danger now), Danish first, and everyday messages with round 11's false alarms' hard words
# (a danger denied amid hardship, violence over and settled, a pet put down, small first aid).
TRAINING_12_FILE = ROOT / "bot" / "data" / "crisis_training_12.yml"
# A tenth (issue 10, thirteenth round): the kinds round 12 showed the net missing (farewells as
# affairs put in order, an age or a season not reached, an end to fighting, heights and tracks,
# a plan with a day, stalking by its signs, sexual coercion for a job or a bed, an answer then
# the signal, hidden self-harm, a dead parent's voice, a seizure or a stroke, an urgent ask for
# a person now), and everyday messages with the same words (feeling unseen, crime in the news,
# violence over, tags and trackers, trains and balconies, doses, goodbyes in errands).
TRAINING_13_FILE = ROOT / "bot" / "data" / "crisis_training_13.yml"
# An eleventh (issue 10, fourteenth round): the kinds round 13 showed the net missing (a means
# known or kept ready without a crisis word, texted wishes to die, a teenager hit at home, sex
# demanded for a job or a room, acute states in plain words, something swallowed just now, a
# last time told calmly) and everyday messages in the kinds it alarmed on (a danger told as
# over, a game's death, a task that "killed me", a relative asking how to help, hunting tools).
TRAINING_14_FILE = ROOT / "bot" / "data" / "crisis_training_14.yml"
# Crowd lines (issue 10, fourteenth round): crisis lines and look-alikes written blind by a new
# voice who read no code, data or bench set; measured on before it was trained on (module
# docstring). Two denied crisis words written as harmless are concern by the project's
# convention and were moved there in the file.
CROWD_14_FILE = ROOT / "bot" / "data" / "crisis_crowd14.yml"
# A twelfth (issue 10, fifteenth round): the kinds round 14 showed the net missing (a pet or
# one's things promised away with a date, the last bills and cases closed for good, the morning
# as a disappointment, short farewell messages, a screening answer taken back or a "still", an
# ask for a person tonight, a threat to come and take me, a close one who hit or threatens now,
# forced at work) and everyday messages in the kinds it alarmed on (idioms of being killed by
# a relative, the crisis number asked for someone else, long hardship that says there is no
# danger, children fighting, nothing urgent, pets and things given away for a move).
TRAINING_15_FILE = ROOT / "bot" / "data" / "crisis_training_15.yml"
# Crowd lines of the fifteenth round: written blind by another new voice, measured on before
# they were read or trained on (module docstring); labels a tuner changed are named in the
# file's header.
CROWD_15_FILE = ROOT / "bot" / "data" / "crisis_crowd15.yml"
# A thirteenth (issue 10, sixteenth round): the kinds round 15 showed neither the rules nor the
# net catching (a parent telling of a child's or a relative's danger, a parent's absence told
# through the children's future, a means looked up or got without a crisis word, self-harm by
# burning or needles, short goodbyes with thanks, a plain urgent ask, locked in or unable to
# talk, a wish to join a dead parent) and everyday messages with the same words (a dark time
# told as past while asking for a child, a child's ordinary worries, relief care asked in calm,
# doses for a child's fever, kitchen burns, birthday cards and videos).
TRAINING_16_FILE = ROOT / "bot" / "data" / "crisis_training_16.yml"
# Crowd lines of the sixteenth round, another blind voice, measured before read or trained on.
CROWD_16_FILE = ROOT / "bot" / "data" / "crisis_crowd16.yml"
# A fourteenth (issue 10, seventeenth round): the kinds round 16 showed neither the rules nor the
# net catching (one's absence told through an errand with a time, weariness of waking, no hope
# left, a place and a means now, a relative in danger now, hidden self-harm, being watched, a
# stranger at the house now, a screening answer with thoughts of dying) and everyday messages
# with the same words and shapes (a move or a holiday, early mornings, a trip by the water,
# hyperbole, a train late after an accident, a relative who said no). Only its everyday half is
# trained on (HARMLESS_ONLY: leave one round out, module docstring).
TRAINING_17_FILE = ROOT / "bot" / "data" / "crisis_training_17.yml"
# Crowd lines of the seventeenth round, another blind voice, measured before read or trained on
# (module docstring); no label changed.
CROWD_17_FILE = ROOT / "bot" / "data" / "crisis_crowd17.yml"
# A fifteenth (issue 10, eighteenth round): the kinds round 17 showed neither the rules nor the
# net catching out of fold (a date set after an event, one's end told beside an errand or a form,
# affairs put in order for those left, no strength to wait for a helper who is away, a dark that
# only grows, a cost to one's family, stalking by its signs, unsafe at home now, hidden self-harm,
# children left alone for days, an overdose told in a second language) and everyday messages
# with the same words and shapes (plans after a holiday, wills and insurance asked calmly, a
# helper on holiday, dark evenings, an ordinary car or caller, a renovation's noise, a burn from
# cooking, children home alone for an hour, tablets asked about in a second language).
TRAINING_18_FILE = ROOT / "bot" / "data" / "crisis_training_18.yml"
# Crowd lines of the eighteenth round, another blind voice, measured before read or trained on
# (module docstring); no label changed.
CROWD_18_FILE = ROOT / "bot" / "data" / "crisis_crowd18.yml"
# A sixteenth (issue 10, nineteenth round): the kinds round 18 showed neither the rules nor the
# net catching (a farewell told as arrangements, violence told flatly as what a person does, self-
# harm kept hidden, a burden taking up room, a darkness that grows, children alone for days, an
# exit pictured on the road or the water, a means kept, coercion as a condition, stalking by its
# signs, unsafe now, an urgent ask within the hour) and everyday messages with the same words and
# shapes (notice given for a move, retiring, bank codes shared for help, rough play, a pet's
# scratch, a long winter, a child home alone for an afternoon, a tree or a rifle for an ordinary
# reason, worry about being in the way).
TRAINING_19_FILE = ROOT / "bot" / "data" / "crisis_training_19.yml"
# Crowd lines of the nineteenth round, another blind voice (seven personas), measured before read
# or trained on (module docstring); no label changed.
CROWD_19_FILE = ROOT / "bot" / "data" / "crisis_crowd19.yml"
# A seventeenth (issue 10, twentieth round): the kinds round 19 showed neither the rules nor the
# net catching, most in English (a horizon that ends before the offer's weeks, accounts and traces
# closed quietly, an end tied to an event, one's own death asked as paperwork, ways read about,
# despair in images, self-harm kept hidden, a relative in danger now told by place or state,
# violence by someone still in the home, children alone for days, staying alive as the help) and
# everyday messages with the same words and shapes (contracts and profiles ended, a last chapter,
# wills for a parent, a helpline asked in case, hyperbole with "lol", a dark time long over).
# Only its everyday half is trained on (HARMLESS_ONLY: leave one round out, module docstring).
TRAINING_20_FILE = ROOT / "bot" / "data" / "crisis_training_20.yml"
# Crowd lines of the twentieth round, another blind voice (seven personas), measured before read
# or trained on (module docstring); no label changed.
CROWD_20_FILE = ROOT / "bot" / "data" / "crisis_crowd20.yml"
# An eighteenth (issue 10, twenty-first round): the kinds round 20 showed neither the rules nor the
# net catching (an end or a limited time told in images, despair told in images, farewells without
# the usual words, self-harm kept hidden, a wish to be gone told softly) and the look-alike kinds
# round 20 brought (ordinary farewells, things given away for an ordinary reason, plain screening
# answers) with time running out on an errand and the same images in everyday use.
# Only its everyday half is trained on (HARMLESS_ONLY: leave one round out, module docstring).
TRAINING_21_FILE = ROOT / "bot" / "data" / "crisis_training_21.yml"
# Crowd lines of the twenty-first round, another blind voice (seven personas), measured before read
# or trained on (module docstring); no label changed.
CROWD_21_FILE = ROOT / "bot" / "data" / "crisis_crowd21.yml"
# Files whose `crisis:` part is not trained on, only their `harmless:` part (fourteenth round:
# leave one round out, crisis_training_14's crisis lines brought 3 more description and 4 more
# look-alike alarms at 0.6 for 0.3 points on the older sets; seventeenth round, crisis_training_17's
# crisis half lost to its everyday half alone at every matched alarm count; twentieth round,
# crisis_training_20 whole was below the base at every matched count with the vectorizers fitted
# per fold; module docstring).
# Kept in the file for the record of the kinds and for the next round to measure again.
HARMLESS_ONLY = frozenset({TRAINING_14_FILE, TRAINING_17_FILE, TRAINING_20_FILE, TRAINING_21_FILE})
PROBES_FILE = ROOT / "bench" / "data" / "crisis_probes.yml"
# The crisis bench sets that have been seen (issue 10, seventh round): each was written by
# another engineer (about ten in all) and measured once while unseen; their figures have been
# tuned on since, so they no longer measure anything honestly, and their varied human
# phrasings are worth more as training data (leave-one-file-out: the module docstring).
# bench/crisis_eval.py marks each as "(net trained on it)". Absent files are skipped.
BENCH_TRAINING = tuple(
    ROOT / "bench" / "data" / name
    for name in (
        "crisis_heldout.yml",
        "crisis_fresh.yml",
        "crisis_fresh2.yml",
        "crisis_fresh3.yml",
        "crisis_fresh4.yml",
        "crisis_fresh5.yml",
        "crisis_fresh6.yml",
        # Seen since the eighth round began (measured once unseen at 10:27 UTC on 2df8360).
        "crisis_fresh7.yml",
        # Seen since the ninth round began (measured once unseen at 12:53 UTC on e8aea9b).
        "crisis_fresh8.yml",
        # Seen since the tenth round began (measured once unseen at 15:20 UTC on c856c7b).
        "crisis_fresh9.yml",
        # Seen since the eleventh round began (measured once unseen at 18:05 UTC on 016c8c2).
        "crisis_fresh10.yml",
        # Seen since the twelfth round began (measured once unseen on the round-11 code).
        "crisis_fresh11.yml",
        # Seen since the thirteenth round began (measured once unseen on the round-12 code).
        "crisis_fresh12.yml",
        # Seen since the fourteenth round began (measured once unseen on dac0dad).
        "crisis_fresh13.yml",
        # Seen since the fifteenth round began (measured once unseen on 7265c09).
        "crisis_fresh14.yml",
        # Seen since the sixteenth round began (measured once unseen on 58b3f32).
        "crisis_fresh15.yml",
        # Seen since the seventeenth round began (measured once unseen on 4e18af4).
        "crisis_fresh16.yml",
        # Seen since the eighteenth round began (measured once unseen on e9524f3).
        "crisis_fresh17.yml",
        # Seen since the nineteenth round began (measured once unseen on 6133d97).
        "crisis_fresh18.yml",
        # Seen since the twentieth round began (measured once unseen on 4ec9416).
        "crisis_fresh19.yml",
        # Seen since the twenty-first round began (measured once unseen on bf4a50f).
        "crisis_fresh20.yml",
    )
)
# The seen conversation sets (bench/chat_conversations.py) are measured through the whole
# bot, this net included: a line of a seen crisis set equal to one of their turns ("hvor lang
# tid varer forløbet") is not trained on, so those turns stay out of training. Since the
# eleventh round their citizen turns are the net's everyday negatives (everyday_rows()). The
# round-21 conversation set (conversations_fresh18.yml) is unseen and never read here.
SEEN_CONVERSATIONS = tuple(
    ROOT / "bench" / "data" / name
    for name in (
        "conversations.yml",
        "conversations_fresh.yml",
        "conversations_fresh2.yml",
        "conversations_fresh3.yml",
        "conversations_fresh4.yml",
        # Round 8's set, seen since the ninth round began.
        "conversations_fresh5.yml",
        # Round 9's set, seen since the tenth round began.
        "conversations_fresh6.yml",
        # Round 10's set, seen since the eleventh round began.
        "conversations_fresh7.yml",
        # Round 11's set, seen since the twelfth round began.
        "conversations_fresh8.yml",
        # Round 12's set, seen since the thirteenth round began.
        "conversations_fresh9.yml",
        # Round 13's set, seen since the fourteenth round began.
        "conversations_fresh10.yml",
        # Round 14's set, seen since the fifteenth round began.
        "conversations_fresh11.yml",
        # Round 15's set, seen since the sixteenth round began.
        "conversations_fresh12.yml",
        # Round 16's set, seen since the seventeenth round began.
        "conversations_fresh13.yml",
        # Round 17's set, seen since the eighteenth round began.
        "conversations_fresh14.yml",
        # Round 18's set, seen since the nineteenth round began.
        "conversations_fresh15.yml",
        # Round 19's set, seen since the twentieth round began.
        "conversations_fresh16.yml",
        # Round 20's set, seen since the twenty-first round began.
        "conversations_fresh17.yml",
    )
)
# The seen situation descriptions of bench/chat_conversations.py's understanding sets: the
# offer's own citizens telling loneliness, a messy flat, debt, a diagnosis, an ex (eleventh
# round). A lower threshold asked them the crisis question (one in 17 at 0.5), so the net
# learns them as harmless (everyday_rows()). Named one by one: understanding_heldout21.yml
# (round 21, unseen) must never be read here.
EVERYDAY_DESCRIPTIONS = tuple(
    ROOT / "bench" / "data" / name
    for name in (
        "understanding_heldout.yml",
        "understanding_heldout2.yml",
        "understanding_heldout3.yml",
        "understanding_heldout4.yml",
        "understanding_heldout5.yml",
        "understanding_heldout6.yml",
        "understanding_heldout7.yml",
        "understanding_heldout8.yml",
        "understanding_heldout9.yml",
        "understanding_heldout10.yml",
        # Round 11's set, seen since the twelfth round began.
        "understanding_heldout11.yml",
        # Round 12's set, seen since the thirteenth round began.
        "understanding_heldout12.yml",
        # Round 13's set, seen since the fourteenth round began.
        "understanding_heldout13.yml",
        # Round 14's set, seen since the fifteenth round began.
        "understanding_heldout14.yml",
        # Round 15's set, seen since the sixteenth round began.
        "understanding_heldout15.yml",
        # Round 16's set, seen since the seventeenth round began.
        "understanding_heldout16.yml",
        # Round 17's set, seen since the eighteenth round began.
        "understanding_heldout17.yml",
        # Round 18's set, seen since the nineteenth round began.
        "understanding_heldout18.yml",
        # Round 19's set, seen since the twentieth round began.
        "understanding_heldout19.yml",
        # Round 20's set, seen since the twenty-first round began.
        "understanding_heldout20.yml",
    )
)
# Everyday lines that are no everyday harm, left out of everyday_rows() by hand (eleventh
# round, after reading every seen description and turn the rules flag and the net's 90
# highest-scored ones and every one with a word of despair): by (file stem, message index)
# or (file stem, conversation name, turn index), never by their text. Besides these, a
# conversation whose expected answers say the help is urgent, or whose outcome is crisis,
# is left out whole (17 of 199): it tells a danger somewhere in its turns.
EVERYDAY_LEFT_OUT = {
    # The crisis rules flag them (crisis.rules_check, 19:35 UTC): thrown out at 17, 'help'
    # with no one to call, tired of it all with debt, everything adrift, 'can't do life',
    # 'cant cope at all with anything', 'I cannot live like this'.
    ("understanding_heldout4", 64),
    ("understanding_heldout6", 20),
    ("understanding_heldout9", 69),
    ("understanding_heldout10", 19),
    ("understanding_heldout10", 68),
    ("understanding_heldout10", 102),
    ("conversations_fresh6", "syrian-mechanic-letters-lonely-impact-down", 3),
    # A careful human's call: weary of everything ('træt af alt') beside the hygiene told.
    ("understanding_heldout10", 12),
    # Thirteenth round, round 12's pair read by eye: the rules flag a shelter after a violent
    # relationship told as over (its three danger conversations are left out whole).
    ("understanding_heldout12", 57),
    # Fourteenth round, round 13's pair read by eye: the rules flag a mother-in-law threatened
    # with eviction, 'I completely can't cope' (despair told beside the chores) and a turn
    # that denies suicidal thoughts; its three danger conversations are left out whole.
    ("understanding_heldout13", 34),
    ("understanding_heldout13", 74),
    ("conversations_fresh10", "mor-depression-sengen", 2),
    # Fifteenth round, round 14's pair read by eye: the rules flag three descriptions of
    # despair beside the chores ('jeg kan slet ikke mer', 'jeg gider ik mere' beside a
    # drinking husband, 'cant cope with anything') and a turn where a husband 'gives up' on
    # his phone; its three danger conversations are left out whole.
    ("understanding_heldout14", 38),
    ("understanding_heldout14", 46),
    ("understanding_heldout14", 72),
    ("conversations_fresh11", "mand-gigt-hjaelpemidler", 0),
    # Sixteenth round, round 15's pair read by eye: the rules flag no description and no turn
    # outside its three danger conversations (left out whole), and no description tells a
    # danger (hardship, loneliness, a relative in bed all day): nothing left out by index.
    # Seventeenth round, round 16's pair read by eye: the rules flag no description and no turn
    # outside its three danger conversations (left out whole); one description is left out as
    # a careful human's call: an ex's threats by text (about custody, but threats all the same).
    ("understanding_heldout16", 93),
    # Eighteenth round, round 17's pair read by eye: the rules flag no description and no turn
    # outside its three danger conversations (left out whole); no description or other turn
    # tells a danger (a parent who drinks told by a teenager doing the chores, rows at home,
    # debt): nothing left out by index.
    # Nineteenth round, round 18's pair read by eye: the rules flag no description and no turn
    # outside its three danger conversations (left out whole); no description or other turn
    # tells a danger (a teenager whose mother drinks, a fear of slipping back, debt letters one
    # is scared to open, a son who fights at school): nothing left out by index.
    # Twentieth round, round 19's pair read by eye: the rules flag one description, a daughter
    # of 15 who cuts herself (a danger now), and no turn outside its three danger conversations
    # (left out whole); one more as a careful human's call: "can't function at all without
    # help, everything is just too much" (despair in the words a crisis set calls despair).
    ("understanding_heldout19", 42),
    ("understanding_heldout19", 112),
    # Twenty-first round, round 20's pair read by eye: the rules flag three descriptions, a
    # daughter of 17 with an eating disorder one is afraid for, a 17-year-old thrown out (staying
    # with a friend) and a husband "struggling" beside a wife who "can't do it anymore"; no turn
    # outside its three danger conversations (left out whole) and no other description tells a
    # danger (rows at home, isolation, a fear of falling back, pills stopped): left out by index.
    ("understanding_heldout20", 21),
    ("understanding_heldout20", 34),
    ("understanding_heldout20", 76),
}
# Evaluation sets the net must never learn from. nlu.yml and the training files are written
# by others and may come to hold a line of one of them ("thanks a lot"); such lines are left
# out of training, so the figures on these sets stay honest. Absent files (installs without
# bench/) are skipped.
NEVER_TRAIN = tuple(ROOT / "bench" / "data" / name for name in ("crisis_fresh21.yml",))

# The SVM margin above which the net says `concern`: chosen by leave-one-file-out for at
# most 1 % false alarms on hand-written hard negatives and on nlu.yml (module docstring;
# 0.9 in the seventh round, 0.8 in the eighth, 0.75 in the ninth; 0.7 since nlu.yml folds
# the seen intent sets in, bot/nlu_source/build_nlu.py), and since the eleventh round also
# on the seen situation descriptions held out set by set: 0.7 again. Lowered to 0.6 by the
# lead at the end of the eleventh round (module docstring, "The threshold"): a missed crisis
# is the worst harm, and at 0.6 this net beats the tenth round's at 0.7 on recall and on the
# offer's own citizens alike.
THRESHOLD = 0.6
# Windows for long messages: this many words, moved by half of it (seventh round, with the
# seen bench sets as training data: 10 caught more out of file than 6, 8 or 12 at fewer
# false alarms; module docstring).
WINDOW = 10
# Messages of fewer words are left to the rules: short screening answers ("nej", "ved
# ikke", "ja tak") must never be read as an alarm, and the rules know the short crisis words.
MIN_WORDS = 3
MAX_CHARS = 5000

# The C loader reads nlu.yml several times faster than the pure-Python one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ENTITY = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}")
_FOLD = str.maketrans({"æ": "a", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e", "’": "'"})
_PAIRS = re.compile(r"ae|oe|aa")
_PAIR_TO = {"ae": "a", "oe": "o", "aa": "a"}
_RUNS = re.compile(r"(.)\1{2,}")
_NON_WORD = re.compile(r"[^a-z0-9' ]+")


def fold(text: str) -> str:
    """Lower case; æ/ae, ø/oe and å/aa each one letter (a, o, a), so "væk", "vaek" and "vak"
    are the same word to the model; runs of one letter cut to two; punctuation to spaces."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_FOLD)
    text = _PAIRS.sub(lambda m: _PAIR_TO[m.group()], text)
    text = _RUNS.sub(r"\1\1", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


NO_SCORE = float("-inf")


def _load(path: Path):
    # _Loader is a safe loader (the C or the Python SafeLoader).
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506


def _clean(example: str) -> str:
    return _ENTITY.sub(lambda m: m.group(1) or m.group(2), example).strip()


def _nlu_examples(path: Path = NLU_FILE) -> list[tuple[str, str]]:
    """(intent, text) for every example of a Rasa NLU file."""
    data = _load(path) or {}
    found = []
    for block in data.get("nlu") or []:
        if not isinstance(block, dict) or "intent" not in block:
            continue
        for line in str(block.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                found.append((block["intent"], _clean(line[2:])))
    return found


def _leaves(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [t for v in node.values() for t in _leaves(v)]
    if isinstance(node, list):
        return [t for v in node for t in _leaves(v)]
    return []


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w']+", " ", fold(text)).split())


def _held_out_lines() -> set[str]:
    found: set[str] = set()
    for path in NEVER_TRAIN:
        if path.exists():
            found |= {_key(t) for t in _leaves(_load(path)) if isinstance(t, str)}
    return found


def _grouped_leaves(node, group: str) -> list[tuple[str, str]]:
    """(group, text) for every string under node; the group names the kind (the first key)
    and the language (a `da` or `en` key on the way), so one kind's near-duplicate lines
    stay together in cross-validation."""
    if isinstance(node, str):
        return [(group, node)]
    if isinstance(node, dict):
        return [
            pair
            for key, value in node.items()
            for pair in _grouped_leaves(
                value, f"{group}/{key}" if key in ("da", "en") or group.count("/") < 2 else group
            )
        ]
    if isinstance(node, list):
        return [pair for value in node for pair in _grouped_leaves(value, group)]
    return []


def training_rows() -> list[tuple[str, int, str, str, str]]:
    """(text, label 1 = crisis/concern, source, file, group) for every training text; file
    is the file's stem ("nlu" for nlu.yml), group its kind and language within the file
    (an intent for nlu.yml). Lines equal to a NEVER_TRAIN set's lines are left out."""
    rows: list[tuple[str, int, str, str, str]] = []
    held_out = _held_out_lines()

    def add(pairs, label, source, file):
        for group, text in pairs:
            if isinstance(text, str) and text.strip() and _key(text) not in held_out:
                rows.append((text, label, source, file, group))

    for intent, text in _nlu_examples():
        crisis_line = intent == "crisis"
        add(
            [(f"nlu/{intent}", text)],
            int(crisis_line),
            "nlu_crisis" if crisis_line else "nlu",
            "nlu",
        )
    files = [(TRAINING_FILE, "training"), (MORE_TRAINING_FILE, "training")]
    files += [(TRAINING_4_FILE, "training"), (TRAINING_7_FILE, "training")]
    files += [(TRAINING_8_FILE, "training"), (TRAINING_9_FILE, "training")]
    files += [(TRAINING_10_FILE, "training"), (TRAINING_11_FILE, "training")]
    files += [(TRAINING_12_FILE, "training"), (TRAINING_13_FILE, "training")]
    files += [(TRAINING_14_FILE, "training"), (CROWD_14_FILE, "training")]
    files += [(TRAINING_15_FILE, "training"), (CROWD_15_FILE, "training")]
    files += [(TRAINING_16_FILE, "training"), (CROWD_16_FILE, "training")]
    files += [(TRAINING_17_FILE, "training"), (CROWD_17_FILE, "training")]
    files += [(TRAINING_18_FILE, "training"), (CROWD_18_FILE, "training")]
    files += [(TRAINING_19_FILE, "training"), (CROWD_19_FILE, "training")]
    files += [(TRAINING_20_FILE, "training"), (CROWD_20_FILE, "training")]
    files += [(TRAINING_21_FILE, "training"), (CROWD_21_FILE, "training")]
    files += [(PROBES_FILE, "probes")]
    files += [(path, "bench") for path in BENCH_TRAINING]
    turns: set[str] = set()
    for path in SEEN_CONVERSATIONS:
        if path.exists():
            turns |= {_key(t) for t in _leaves(_load(path)) if isinstance(t, str)}
    for path, kind in files:
        if path is not TRAINING_FILE and not path.exists():
            continue  # installs without bench/; the first training file must be there
        data = _load(path)
        # The probes come in rounds of {crisis, harmless}; the other files are one such pair.
        parts = (data.get("rounds") or {}).items() if kind == "probes" else [("", data)]
        for name, part in parts:
            for key, label in (("crisis", 1), ("harmless", 0)):
                if label and path in HARMLESS_ONLY:
                    continue
                group = f"{path.stem}/{name}/{key}" if name else f"{path.stem}/{key}"
                pairs = _grouped_leaves(part.get(key), group)
                if kind == "bench":
                    pairs = [(g, text) for g, text in pairs if _key(text) not in turns]
                add(pairs, label, f"{kind}_{key}", path.stem)
    return rows


def _tells_danger(conversation: dict) -> bool:
    """A conversation whose expected answers say the help is urgent, or whose outcome is the
    crisis one: somewhere in it a danger is told, so none of its turns is an everyday line."""
    expect = conversation.get("expect") or {}
    urgent = (expect.get("answers") or {}).get("urgent")
    return expect.get("outcome") == "crisis" or urgent not in (None, "no", False)


def everyday_rows() -> list[tuple[str, int, str, str, str]]:
    """(text, 0, "everyday", file, group) for the seen situation descriptions
    (EVERYDAY_DESCRIPTIONS) and the citizen turns of the seen conversations
    (SEEN_CONVERSATIONS) of MIN_WORDS words or more, less EVERYDAY_LEFT_OUT and the
    conversations that tell a danger (eleventh round). Harmless examples only: they are other
    modules' evaluation data, seen, and the net must not ask the offer's own citizens about
    danger. Kept apart from training_rows(), which holds the written crisis training data
    the near-copy checks of the bench sets compare against; net() learns from both."""
    held_out = _held_out_lines()
    rows: list[tuple[str, int, str, str, str]] = []

    def add(text, file: str) -> None:
        text = str(text)
        if len(fold(text).split()) >= MIN_WORDS and _key(text) not in held_out:
            rows.append((text, 0, "everyday", file, f"{file}/everyday"))

    for path in EVERYDAY_DESCRIPTIONS:
        if path.exists():
            for i, item in enumerate((_load(path) or {}).get("messages") or []):
                if (path.stem, i) not in EVERYDAY_LEFT_OUT and isinstance(item, dict):
                    add(item.get("text") or "", path.stem)
    for path in SEEN_CONVERSATIONS:
        if path.exists():
            for conversation in (_load(path) or {}).get("conversations") or []:
                if _tells_danger(conversation):
                    continue
                for j, turn in enumerate(conversation.get("turns") or []):
                    if (path.stem, conversation.get("name"), j) not in EVERYDAY_LEFT_OUT:
                        add(turn, path.stem)
    return rows


def training_data(everyday: bool = False, with_files: bool = False) -> tuple[list, ...]:
    """(texts, labels 1 = crisis/concern, source of each text) from the training files; with
    `everyday`, also the everyday negatives of everyday_rows() (what net() learns from); with
    `with_files`, also each text's file (the writer: writer_scale())."""
    rows = training_rows() + (everyday_rows() if everyday else [])
    return tuple([r[c] for r in rows] for c in range(4 if with_files else 3))


# Words of a time in folded text (a weekday, a holiday or a season, a month, tonight or tomorrow,
# a birthday, a number): read as one token, "xtid", by the third block of build_pipeline(), so
# "my life ends xtid", "efter xtid er jeg vak" and "once xtid is over" are one shape whatever the
# day a writer names (eighteenth round, leave one round out: module docstring).
_TIME_WORDS = re.compile(
    r"\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|weekend|weekenden|jul|julen|christmas|xmas|paske|easter|nytar"
    r"|nytaret|nytarsaften|new years?|sommer|summer|sommerferien|ferien|holidays?|januar|februar"
    r"|marts|april|maj|juni|juli|august|september|oktober|november|december|january|february"
    r"|march|june|july|october|tonight|tomorrow|morgen|aften|nat|fodselsdag|birthday|\d+)\b"
)


def time_classes(text: str) -> str:
    """Folded text with each time word as the class token "xtid" (_TIME_WORDS)."""
    return _TIME_WORDS.sub(" xtid ", text)


# Words of a close person or a role (a partner, a relative, a flatmate, a landlord, a boss) and
# verbs of a violent act done to someone, in folded text: read as the tokens "xper" and "xakt"
# by the third block beside the time class, so "xper grabbed me", "my xper xakt me" or "min xper
# xakt mig" is one shape whatever person or act a writer names: violence told flatly as what
# happens carries to a new writer (nineteenth round, leave one round out: module docstring).
_PERSON_WORDS = re.compile(
    r"\b(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fella|fiance|ex|dad|father|stepdad"
    r"|stepfather|mum|mom|mother|stepmum|stepmom|brother|sister|son|daughter|flatmate|roommate"
    r"|landlord|manager|boss|coach|cousin|uncle|aunt|neighbour|neighbor|mand|kone|kareste"
    r"|karesten|eks|exmand|ekskareste|far|stedfar|mor|stedmor|bror|soster|datter|sambo|chef"
    r"|traner|onkel|nabo|udlejer|fyr|fyren|guy)\b"
)
_ACT_WORDS = re.compile(
    r"\b(?:hit|hits|hitting|slapped|slaps|punched|punches|kicked|kicks|kicking|pushed|pushes"
    r"|shoved|choked|chokes|strangled|dragged|drags|beat|beats|beaten|threw|throws|grabbed|grabs"
    r"|locked|threatened|threatens|raped|forced|slog|slar|sparker|sparkede|skubbede|skubber"
    r"|kvalte|truer|truede|voldtog|tvang|tvinger|hev|hiver|kastede|kaster)\b"
)


def word_classes(text: str) -> str:
    """Folded text with time words, close persons and violent acts as the class tokens "xtid",
    "xper" and "xakt" (time_classes(), _PERSON_WORDS, _ACT_WORDS): the third block's reading."""
    return _ACT_WORDS.sub(" xakt ", _PERSON_WORDS.sub(" xper ", time_classes(text)))


def build_pipeline():
    """The untrained model: char and word TF-IDF on folded text, word pairs and triples with
    time words, close persons and violent acts as classes (word_classes()), a linear SVM."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline, make_union
    from sklearn.svm import LinearSVC

    features = make_union(
        # "char", not "char_wb": n-grams across word boundaries ("l do", "r mig", folded) carry the
        # short phrases a crisis is told in (eighth round, leave one file out).
        TfidfVectorizer(analyzer="char", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
        TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, 2),
            sublinear_tf=True,
            token_pattern=r"[a-z0-9']+",  # noqa: S106
        ),
        # Pairs and triples of words with a time as a class: a date set, an event or a day
        # after which one is gone, told in any writer's words (eighteenth round); a close person
        # and a violent act as classes too (nineteenth round).
        TfidfVectorizer(
            analyzer="word",
            ngram_range=(2, 3),
            sublinear_tf=True,
            min_df=2,
            preprocessor=word_classes,
            token_pattern=r"[a-z0-9']+",  # noqa: S106
        ),
    )
    # Crisis lines are about one in ten of the examples: weight the classes.
    return make_pipeline(features, LinearSVC(C=0.5, class_weight="balanced"))


def segments(text: str) -> list[str]:
    """The folded message and, when it is long, overlapping windows of WINDOW words."""
    words = fold(text[:MAX_CHARS]).split()
    if not words:
        return []
    out = [" ".join(words)]
    if len(words) > WINDOW:
        step = WINDOW // 2
        out += [" ".join(words[i : i + WINDOW]) for i in range(0, len(words) - step, step)]
    return out


def _scorable(text: str) -> bool:
    """Payloads ("/answer{...}") and messages of fewer than MIN_WORDS words are the rules'."""
    return not text.lstrip().startswith("/") and len(fold(text[:MAX_CHARS]).split()) >= MIN_WORDS


class _LinearScorer:
    """The fitted pipeline's decision_function for a few short texts, from its own
    vocabularies, idf and SVM weights as plain lists: scikit-learn's transform and
    decision_function validate their input on every call, most of the net's ~0.6 ms per
    message (a chat turn's budget is ~3 ms of CPU: bench/README.md). Same margins to
    rounding (tests/chat/test_fast_scoring.py); None for a pipeline of another shape."""

    def __init__(self, parts, intercept: float):
        self.parts, self.intercept = parts, intercept

    @classmethod
    def of(cls, pipeline) -> _LinearScorer | None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        union, svm = pipeline.steps[0][1], pipeline.steps[-1][1]
        coef = getattr(svm, "coef_", None)
        vectorizers = [v for _, v in getattr(union, "transformer_list", ())]
        if coef is None or coef.shape[0] != 1 or len(pipeline.steps) != 2 or not vectorizers:
            return None
        parts, offset = [], 0
        for v in vectorizers:
            if type(v) is not TfidfVectorizer or v.binary or v.norm not in ("l2", None):
                return None
            size = len(v.vocabulary_)
            idf = v.idf_.tolist() if v.use_idf else [1.0] * size
            weights = coef[0, offset : offset + size].tolist()
            parts.append((v.build_analyzer(), v.vocabulary_, idf, weights, v.sublinear_tf, v.norm))
            offset += size
        if offset != coef.shape[1]:
            return None
        return cls(parts, float(svm.intercept_[0]))

    def margins(self, texts: list[str]) -> list[float]:
        return [self._margin(text) for text in texts]

    def _margin(self, text: str) -> float:
        total = self.intercept
        for analyze, vocabulary, idf, weights, sublinear, norm in self.parts:
            counts: dict[int, int] = {}
            for term in analyze(text):
                index = vocabulary.get(term)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            dot = square = 0.0
            for index, count in counts.items():
                value = ((1.0 + math.log(count)) if sublinear else count) * idf[index]
                dot += value * weights[index]
                square += value * value
            if norm == "l2" and square:
                dot /= math.sqrt(square)
            total += dot
        return total


# Sample weights by source (issue 10, fourth round; measured by grouped cross-validation,
# see the module docstring): the hand-written hard negatives count double, the thousands of
# easy everyday nlu.yml examples half, so the margin is spent on the look-alikes.
WEIGHTS = {
    "training_harmless": 2.0,
    "probes_harmless": 2.0,
    "bench_harmless": 2.0,
    "nlu": 0.5,
    "everyday": 1.0,
}


# Crisis lines weighted by writer (sixteenth round, leave one round out: module docstring). Each
# file of crisis lines is one writer's (a training file, a bench set, a crowd file); the largest
# (crisis_training_more.yml, ~1,700 lines) held a third of the crisis lines, so its phrasings
# were what the net learned a crisis sounds like. A crisis line of a file with n crisis lines
# weighs (median n / n) ** WRITER_ALPHA more; nlu.yml's crisis lines and every everyday line 1.
WRITER_ALPHA = 0.5


def writer_scale(labels: list[int], files: list[str]) -> list[float]:
    """A weight factor per row (label, file): see WRITER_ALPHA."""
    counts = Counter(f for f, label in zip(files, labels, strict=True) if label and f != "nlu")
    if not counts:
        return [1.0] * len(labels)
    median = statistics.median(counts.values())
    return [
        (median / counts[f]) ** WRITER_ALPHA if label and f in counts else 1.0
        for label, f in zip(labels, files, strict=True)
    ]


# Sources whose long harmless lines give side-by-side windows to training (training_windows());
# the others give every window the scorer reads (segments()). nlu.yml's everyday questions are
# most of the windows (~21,000 of ~33,000) and far from the offer's own descriptions; the
# descriptions, turns and look-alikes keep every window (twelfth round, module docstring).
SIDE_BY_SIDE = frozenset({"nlu"})


def training_windows(text: str) -> list[str]:
    """The windows a long harmless text gives to training: WINDOW words each, side by side
    (twelfth round). Scoring moves its windows by half of WINDOW (segments()), so each
    scored window shares at least half its words with a trained one; training on every
    overlapping window held a third of the rows and most of the peak memory, and side-by-side
    windows measured the same on the held-out descriptions (module docstring)."""
    words = fold(text[:MAX_CHARS]).split()
    if len(words) <= WINDOW:
        return []
    return [" ".join(words[i : i + WINDOW]) for i in range(0, len(words) - WINDOW // 2, WINDOW)]


def training_set(
    texts: list[str],
    labels: list[int],
    sources: list[str] | None = None,
    files: list[str] | None = None,
) -> tuple[list[str], list[int], list[float]]:
    """Folded texts, labels and sample weights to fit on. A long harmless text also gives
    its windows (training_windows()) as harmless examples: the net scores every window of a
    long message, so it must have seen ordinary windows ("...i'm a bit lost about where to
    start") as ordinary. A long crisis text gives none: its signal is in one clause only.
    A text that comes again with the same label is one row with the weights added (the
    same hinge loss for the SVM, fewer rows: nlu.yml and the windows repeat ~10 %). With
    `files` (each text's file), crisis lines are weighted by writer (writer_scale())."""
    sources = sources or [""] * len(texts)
    scale = writer_scale(labels, files) if files else [1.0] * len(texts)
    merged: dict[tuple[str, int], float] = {}
    for text, label, source, factor in zip(texts, labels, sources, scale, strict=True):
        parts = segments(text)
        if not parts:
            continue
        key = (parts[0], label)
        merged[key] = merged.get(key, 0.0) + WEIGHTS.get(source, 1.0) * factor
        if not label:
            windows = training_windows(text) if source in SIDE_BY_SIDE else parts[1:]
            for window in windows:
                merged[(window, 0)] = merged.get((window, 0), 0.0) + 1.0
    out_texts = [text for text, _ in merged]
    out_labels = [label for _, label in merged]
    weights = list(merged.values())
    return out_texts, out_labels, weights


class CrisisNet:
    def __init__(
        self,
        texts: list[str],
        labels: list[int],
        sources: list[str] | None = None,
        files: list[str] | None = None,
    ):
        folded, y, weights = training_set(texts, labels, sources, files)
        self.pipeline = build_pipeline().fit(folded, y, linearsvc__sample_weight=weights)
        self._linear = _LinearScorer.of(self.pipeline)

    def scores(self, texts: list[str]) -> list[float]:
        """The score of each message: the highest margin of any of its segments (NO_SCORE
        for messages the net leaves to the rules)."""
        parts, owner = [], []
        for i, text in enumerate(texts):
            if _scorable(text):
                for segment in segments(text):
                    parts.append(segment)
                    owner.append(i)
        out = [NO_SCORE] * len(texts)
        if parts:
            for i, m in zip(owner, self._margins(parts), strict=True):
                out[i] = max(out[i], float(m))
        return out

    def _margins(self, parts: list[str]):
        """pipeline.decision_function without its per-call overhead: the FeatureUnion runs
        its two vectorizers through joblib even with one job, and scikit-learn validates
        parameters and finiteness on every call (about half the net's time per message in a
        profile). Same numbers."""
        if self._linear is not None:
            return self._linear.margins(parts)
        import scipy.sparse
        import sklearn

        union, svm = self.pipeline.steps[0][1], self.pipeline.steps[-1][1]
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            features = scipy.sparse.hstack(
                [vectorizer.transform(parts) for _, vectorizer in union.transformer_list],
                format="csr",
            )
            return svm.decision_function(features)


_LOCK = threading.Lock()
_NET: CrisisNet | None = None
_FAILED = False


def net() -> CrisisNet | None:
    """The trained net (trained once per process), or None if it cannot be trained."""
    global _NET, _FAILED
    if _NET is not None or _FAILED:
        return _NET
    with _LOCK:
        if _NET is None and not _FAILED:
            try:
                _NET = _trained(*training_data(everyday=True, with_files=True))
            except Exception:  # the rules still stand; say so without any message text
                _FAILED = True
                log.exception("crisis net could not be trained; the rules alone decide")
    return _NET


# Test runs only: the suite starts dozens of processes (workers, portals under gunicorn,
# action servers) and each would train the same net for ~8 s of CPU; portal/model_cache.py
# keeps it in the run's private folder. Unset, as in production, every process trains.
CACHE_DIR_ENV = model_cache.CACHE_DIR_ENV


def _trained(
    texts: list[str], labels: list[int], sources: list[str], files: list[str] | None = None
) -> CrisisNet:
    """A net trained on these texts, or the same net from the test run's cache."""
    key = (model_cache.source(__file__), repr((texts, labels, sources, files, WEIGHTS)))
    return model_cache.trained("crisis-net", key, lambda: CrisisNet(texts, labels, sources, files))


def warm() -> None:
    """Train now (portal/wsgi.py: before gunicorn forks, not on a citizen's first turn)."""
    net()


def score(text: str) -> float:
    """The net's margin for one message (higher = more like a crisis or concern message);
    NO_SCORE for odd, empty, very short or payload messages and when the net is missing."""
    if not isinstance(text, str):
        return NO_SCORE
    text = text[:MAX_CHARS]
    if not _scorable(text):
        return NO_SCORE
    model = net()
    if model is None:
        return NO_SCORE
    return model.scores([text])[0]


def flags(text: str) -> bool:
    """True when the net alone would ask the gentle question."""
    return score(text) >= THRESHOLD


# -- choosing the threshold (bench/crisis_eval.py; never run by the portal) -------------
def out_of_fold_scores(folds: int = 5, seed: int = 0) -> tuple[list[str], list[str], list[float]]:
    """(text, source, score) lists for every training text, each scored by a model that did
    not see it (stratified k-fold): folds × training, for the bench only."""
    from sklearn.model_selection import StratifiedKFold

    texts, labels, sources = training_data()
    out = [NO_SCORE] * len(texts)
    splits = StratifiedKFold(folds, shuffle=True, random_state=seed).split(texts, labels)
    for train, test in splits:
        model = CrisisNet(
            [texts[i] for i in train], [labels[i] for i in train], [sources[i] for i in train]
        )
        for i, s in zip(test, model.scores([texts[i] for i in test]), strict=True):
            out[i] = s
    return texts, sources, out


def choose_threshold(harmless_sets: dict[str, list[float]], limit: float = 0.01) -> float:
    """The lowest threshold, in steps of 0.05, at which each harmless set has at most
    `limit` of its messages at or above it."""
    step = 0.05
    t = 0.0
    while t < 5.0:
        if all(
            sum(s >= t for s in scores) <= limit * len(scores) for scores in harmless_sets.values()
        ):
            return round(t, 2)
        t += step
    return 5.0


def leave_one_file_out(
    prepare=None, nlu_folds: int = 5, everyday: bool = True
) -> tuple[list[tuple], list[float]]:
    """The honest estimate of a new writer's phrasings (bench only: about 17 trainings).

    Every crisis file (the training files, the probes, the seen bench sets) is held out in
    turn: the net trains on all the other files (less any line equal to one of the held-out
    file's) and scores the held-out file. nlu.yml's everyday examples are scored in
    `nlu_folds` folds grouped by intent. `prepare` turns a message into what the net reads
    at run time (crisis.net_text: the words after the rules' harmless guards). Returns
    training_rows() and each row's out-of-file score."""
    from sklearn.model_selection import GroupKFold

    rows = training_rows() + (everyday_rows() if everyday else [])
    keys = [_key(row[0]) for row in rows]
    prepare = prepare or (lambda text: text)
    out = [NO_SCORE] * len(rows)
    splits = [
        [i for i, row in enumerate(rows) if row[3] == name]
        for name in dict.fromkeys(row[3] for row in rows if row[3] != "nlu")
    ]
    nlu = [i for i, row in enumerate(rows) if row[3] == "nlu"]
    groups = [rows[i][4] for i in nlu]
    splits += [
        [nlu[j] for j in test] for _, test in GroupKFold(nlu_folds).split(nlu, groups=groups)
    ]
    for test in splits:
        held = {keys[i] for i in test}
        inside = set(test)
        train = [i for i in range(len(rows)) if i not in inside and keys[i] not in held]
        model = CrisisNet(*([rows[i][c] for i in train] for c in range(4)))
        for i, s in zip(test, model.scores([prepare(rows[i][0]) for i in test]), strict=True):
            out[i] = s
    return rows, out
