package io.interdict.match.eval;

import com.ibm.icu.lang.UScript;
import io.interdict.match.text.Fold;
import io.interdict.match.text.Scripts;
import io.interdict.model.ListedEntity;
import io.interdict.model.Name;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A list's names by the script they are written in, for measuring matching across scripts: the
 * names in Arabic script screened against the entities' Latin names alone.
 */
public final class ScriptSplit {
  private ScriptSplit() {}

  /** Whether every letter of {@code name} is a Latin one (accents and Latin Extended included). */
  public static boolean latinLetters(String name) {
    return name.codePoints().filter(Character::isLetter).allMatch(c -> c < 0x250);
  }

  /** The entities with only their names in Latin letters; an entity left with none is dropped. */
  public static List<ListedEntity> latinNamesOnly(List<ListedEntity> entities) {
    List<ListedEntity> out = new ArrayList<>();
    for (ListedEntity e : entities) {
      ListedEntity.Builder b = e.toBuilder();
      b.names.removeIf(n -> !latinLetters(n.value()));
      if (!b.names.isEmpty()) {
        out.add(b.build());
      }
    }
    return out;
  }

  /** Per entity key, in list order, its names written mostly in Arabic script. */
  public static Map<String, List<String>> arabicScriptNames(List<ListedEntity> entities) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (ListedEntity e : entities) {
      for (Name n : e.names()) {
        if (Scripts.dominant(Fold.apply(n.value())) == UScript.ARABIC) {
          out.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(n.value());
        }
      }
    }
    return out;
  }
}
