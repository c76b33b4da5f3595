package io.github.xxgk.check.solve;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The search's visited sets: the same answers as a HashSet, through growth, colliding packed keys and clearing. */
class LongSetTest {

    @Test
    void add_should_answer_as_a_hash_set_does() {
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        Random random = new Random(1);
        for (int i = 0; i < 50_000; i++) {
            // keys packed like the search's: up to six 10-bit cell indexes, many sharing their low bits
            long key = 0;
            for (int k = 0; k <= random.nextInt(6); k++) {
                key = key << 10 | 1 + random.nextInt(i < 25_000 ? 40 : 1000);
            }
            assertEquals(expected.add(key), set.add(key), "key " + key);
        }
        set.clear();
        for (long key : expected) {
            assertEquals(true, set.add(key), "after clear: key " + key);
        }
    }
}
