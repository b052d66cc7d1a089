# torchvision처럼 격자가 그대로면 보간하지 않고 복사본을 돌려준다; unflatten/flatten으로 격자를 만든다
def interpolate_pos_embed(
    pos_embed: torch.Tensor,
    new_grid: tuple[int, int],
    num_prefix_tokens: int = 1,
    mode: str = "bicubic",
    align_corners: bool = False,
) -> torch.Tensor:
    P = num_prefix_tokens
    N = pos_embed.shape[1] - P
    g = math.isqrt(N)
    if g * g != N:
        raise ValueError(f"위치의 수 {N}은 제곱수가 아닙니다")
    if tuple(new_grid) == (g, g):
        return pos_embed.clone()
    grid = pos_embed[:, P:].transpose(1, 2).unflatten(2, (g, g))  # (1, D, g, g)
    grid = F.interpolate(grid, size=tuple(new_grid), mode=mode, align_corners=align_corners)
    return torch.cat([pos_embed[:, :P], grid.flatten(2).transpose(1, 2)], dim=1)
