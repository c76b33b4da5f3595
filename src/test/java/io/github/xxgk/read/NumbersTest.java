package io.github.xxgk.read;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The one place full-width typing is undone: in numbers, and char for char in titles. */
class NumbersTest {

    @Test
    void normalized_in_place_should_keep_every_position_of_the_text() {
        String printed = "南关区（开发区）２０２２年　⑴Ａ";
        String n = Numbers.normalizedInPlace(printed);
        assertEquals("南关区(开发区)2022年 ⑴A", n); // 「⑴」 is three chars in NFKC: kept
        assertEquals(printed.length(), n.length());
        assertEquals("2022", n.substring(8, 12));
        String plain = "2022年某局";
        assertSame(plain, Numbers.normalizedInPlace(plain));
    }

    @Test
    void parse_should_read_full_width_numbers_through_the_same_normalisation() {
        assertEquals(Optional.of(new BigDecimal("14")), Numbers.parse("１４"));
        assertEquals(Optional.of(new BigDecimal("1234")), Numbers.parse("1,234"));
        assertEquals(Optional.empty(), Numbers.parse("十四"));
    }
}
