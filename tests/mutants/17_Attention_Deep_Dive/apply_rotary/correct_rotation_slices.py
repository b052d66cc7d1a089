# 다른 올바른 구현: float32 각도로 cos/sin을 만들고 새 텐서의 짝수·홀수 열에 나눠 쓴다
def apply_rotary(x: torch.Tensor, positions: torch.Tensor, base: float = 10000.0) -> torch.Tensor:
    D = x.shape[-1]
    if D % 2:
        raise ValueError("D must be even")
    inv_freq = 1.0 / (base ** (torch.arange(0, D, 2, device=x.device).float() / D))  # (D/2,)
    angle = positions.float()[:, None] * inv_freq[None, :]  # (T, D/2)
    cos, sin = angle.cos().to(x.dtype), angle.sin().to(x.dtype)
    out = torch.empty_like(x)
    out[..., 0::2] = x[..., 0::2] * cos - x[..., 1::2] * sin
    out[..., 1::2] = x[..., 0::2] * sin + x[..., 1::2] * cos
    return out
