# 붙이기 전에 클래스 토큰을 detach한다: 값은 맞지만 클래스 토큰이 학습되지 않는다
class ClassTokenEmbedding(nn.Module):
    def __init__(self, num_patches: int, dim: int, distilled: bool = False):
        super().__init__()
        self.num_prefix_tokens = 2 if distilled else 1
        self.cls_token = nn.Parameter(0.02 * torch.randn(1, 1, dim))
        if distilled:
            self.dist_token = nn.Parameter(0.02 * torch.randn(1, 1, dim))
        self.pos_embed = nn.Parameter(0.02 * torch.randn(1, self.num_prefix_tokens + num_patches, dim))

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        B = tokens.shape[0]
        parts = [self.cls_token.detach().expand(B, -1, -1)]
        if self.num_prefix_tokens == 2:
            parts.append(self.dist_token.detach().expand(B, -1, -1))
        return torch.cat(parts + [tokens], dim=1) + self.pos_embed
