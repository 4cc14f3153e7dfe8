// RingBuffer: a fixed-capacity FIFO used by the audio thread. It never allocates after
// construction, so push() and pop() are safe to call from a real-time callback.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <optional>
#include <type_traits>

namespace audio {

template <typename T, std::size_t Capacity>
class RingBuffer
{
    static_assert(Capacity >= 2, "a ring buffer needs room for at least two elements");
    static_assert(std::is_nothrow_move_assignable_v<T>, "pop() must not throw");

public:
    RingBuffer() = default;
    RingBuffer(const RingBuffer &) = delete;
    RingBuffer &operator=(const RingBuffer &) = delete;

    // Returns false when the buffer is full; the caller decides whether to drop or retry.
    bool push(T value) noexcept
    {
        const std::size_t head = m_head.load(std::memory_order_relaxed);
        const std::size_t next = increment(head);
        if (next == m_tail.load(std::memory_order_acquire))
            return false;
        m_slots[head] = std::move(value);
        m_head.store(next, std::memory_order_release);
        return true;
    }

    std::optional<T> pop() noexcept
    {
        const std::size_t tail = m_tail.load(std::memory_order_relaxed);
        if (tail == m_head.load(std::memory_order_acquire))
            return std::nullopt;
        T value = std::move(m_slots[tail]);
        m_tail.store(increment(tail), std::memory_order_release);
        return value;
    }

    [[nodiscard]] std::size_t size() const noexcept
    {
        const std::size_t head = m_head.load(std::memory_order_acquire);
        const std::size_t tail = m_tail.load(std::memory_order_acquire);
        return head >= tail ? head - tail : Capacity - (tail - head);
    }

    [[nodiscard]] bool empty() const noexcept { return size() == 0; }
    static constexpr std::size_t capacity() noexcept { return Capacity - 1; }

private:
    static constexpr std::size_t increment(std::size_t index) noexcept
    {
        return (index + 1) % Capacity;
    }

    std::array<T, Capacity> m_slots{};
    alignas(64) std::atomic<std::size_t> m_head{0};
    alignas(64) std::atomic<std::size_t> m_tail{0};
};

} // namespace audio

// ---------------------------------------------------------------------------------------------
// Example: a mixer that drains up to 256 frames per callback.

#include <cstdint>
#include <vector>

struct Frame
{
    std::int16_t left = 0;
    std::int16_t right = 0;
};

class Mixer
{
public:
    explicit Mixer(float gain) : m_gain(gain) {}

    void onAudioCallback(std::vector<Frame> &out, audio::RingBuffer<Frame, 1024> &queue)
    {
        out.clear();
        for (int i = 0; i < 256; ++i) {
            auto frame = queue.pop();
            if (!frame) {
                ++m_underruns;
                break;
            }
            out.push_back({scale(frame->left), scale(frame->right)});
        }
    }

    int underruns() const { return m_underruns; }

private:
    std::int16_t scale(std::int16_t sample) const
    {
        const float scaled = static_cast<float>(sample) * m_gain;
        if (scaled > 32767.0f)
            return 32767;
        if (scaled < -32768.0f)
            return -32768;
        return static_cast<std::int16_t>(scaled);
    }

    float m_gain = 1.0f;
    int m_underruns = 0;
};
